// The scenario library: find a case example by words, area, type or language, and read it.
import './scenarios.css'
import { FileDown, FilePlus, FileUp } from 'lucide-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScenarioImportResult, ScenarioSummary } from '../../../../shared/scenario/library'
import { FileDropZone } from '../../components/FileDropZone'
import { AreaOptions } from '../../components/Options'
import { SearchFilter } from '../../components/SearchFilter'
import { SelectField } from '../../components/SelectField'
import { Toast, type ToastMessage } from '../../components/Toast'
import { downloadText } from '../../lib/download'
import { sendFiles } from '../../api/send-files'
import { ScenarioEditorLoader } from './editor/ScenarioEditorLoader'
import { draftKey } from './editor/load-draft'
import { call, errorMessage } from '../../api/client'
import { translate } from '../../i18n/intl'
import { currentLanguage } from '../../i18n/language'
import { blankScenario, newScenario } from '../../../../shared/scenario/template'
import { useSay, useT } from '../../i18n/use-t'
import { useAreaNames, useCommunityAreas } from '../../api/use-community-areas'
import { useHashDetail } from '../../use-hash-detail'
import { ScenarioView } from './ScenarioView'
import { LANGUAGE_LABELS } from '../../i18n/language-labels'
import { useScenarioLabels } from './labels'
import { ScenarioBlanks, Text } from './Text'
import { languageWord } from '../inventory/format'

export function ScenariosScreen() {
  // The editor's state is in the address too (…/edit): a reload goes back to the editor, and to its draft.
  const [detail, open, mode] = useHashDetail('scenarios')
  const [toast, setToast] = useState<ToastMessage | undefined>()
  const clearToast = useCallback(() => setToast(undefined), [])
  const say = useCallback((text: string, action?: ToastMessage['action']) => setToast({ id: Date.now(), text, ...(action ? { action } : {}) }), [])
  const [importErrors, setImportErrors] = useState<ScenarioImportResult['errors']>([])
  const [version, setVersion] = useState(0)

  /** Imports files from the dialog or dropped on the window: all or nothing. */
  async function runImport(files: readonly File[]): Promise<void> {
    setImportErrors([])
    try {
      const result = await call('scenarios.import', { files: await sendFiles(files) })
      if (!result.ok) {
        setImportErrors(result.errors)
        open(undefined)
        say(translate('scenarios.importFailed', { count: result.errors.length }))
        return
      }
      say(translate('scenarios.imported', { imported: result.imported, updated: result.updated, unchanged: result.unchanged }))
      setVersion((n) => n + 1)
      open(result.ids.length === 1 ? result.ids[0] : undefined)
    } catch (error) {
      say(errorMessage(error))
    }
  }

  let screen
  if (detail && (mode === 'edit' || mode === 'new')) {
    screen = (
      <ScenarioEditorLoader
        key={`${detail}/${mode}`}
        id={detail}
        isNew={mode === 'new'}
        onCancel={() => open(mode === 'new' ? undefined : detail)}
        onSaved={(id, copied) => {
          setVersion((n) => n + 1)
          say(translate(copied ? 'scenarios.savedCopy' : 'scenarios.saved'))
          open(id)
        }}
      />
    )
  } else if (detail) {
    screen = (
      <ScenarioView
        key={`${detail}#${version}`}
        id={detail}
        onBack={() => open(undefined)}
        onEdit={() => open(detail, 'edit')}
        onOpen={(id) => {
          setVersion((n) => n + 1)
          open(id)
        }}
        say={say}
      />
    )
  } else {
    screen = (
      <ScenarioList
        onOpen={open}
        onCreate={(id, blank) => {
          setVersion((n) => n + 1)
          say(translate(blank ? 'scenarios.startedBlank' : 'scenarios.created'))
          open(id, blank ? 'new' : 'edit')
        }}
        say={say}
        onImport={(files) => void runImport(files)}
        importErrors={importErrors}
        version={version}
      />
    )
  }
  return (
    <FileDropZone onFiles={(files) => void runImport(files)}>
      {screen}
      <Toast message={toast} onDone={clearToast} />
    </FileDropZone>
  )
}

interface ListProps {
  onOpen: (id: string) => void
  /** A new scenario was made (saved from the template, or kept as a blank draft): open it in the editor. */
  onCreate: (id: string, blank: boolean) => void
  say: (text: string, action?: ToastMessage['action']) => void
  onImport: (files: File[]) => void
  importErrors: ScenarioImportResult['errors']
  version: number
}

function ScenarioList({ onOpen, onCreate, say, onImport, importErrors, version }: ListProps) {
  const t = useT()
  const sayError = useSay()
  const labels = useScenarioLabels()
  const fileInput = useRef<HTMLInputElement>(null)
  const areas = useCommunityAreas()
  const areaNames = useAreaNames()
  const [query, setQuery] = useState('')
  const [area, setArea] = useState('')
  const [type, setType] = useState('')
  const [language, setLanguage] = useState('')
  const [result, setResult] = useState<{ items: ScenarioSummary[]; error?: string } | undefined>()

  useEffect(() => {
    let live = true
    call('scenarios.list', {
      query,
      ...(area ? { areaNumber: Number(area) } : {}),
      ...(type ? { type: type as ScenarioSummary['type'] } : {}),
      ...(language ? { language: language as ScenarioSummary['language'] } : {}),
    }).then(
      (items) => live && setResult({ items }),
      (error: unknown) => live && setResult({ items: [], error: errorMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [query, area, type, language, version])

  /** A new scenario from the template, in the app's language and the first focus area, saved at once and opened in the editor. */
  async function create(blank: boolean): Promise<void> {
    const focus = areas.find((a) => a.isFocus) ?? areas[0]
    const area = focus?.number ?? 26
    try {
      if (blank) {
        // A blank is not a scenario yet: it lives as a kept draft until it checks and is saved.
        const scenario = blankScenario(crypto.randomUUID(), currentLanguage(), focus?.name)
        await call('drafts.save', { key: draftKey(scenario.id), content: JSON.stringify(scenario) })
        onCreate(scenario.id, true)
      } else {
        const { scenario } = await call('scenarios.save', { scenario: newScenario(crypto.randomUUID(), currentLanguage(), area) })
        onCreate(scenario.id, false)
      }
    } catch (error) {
      say(errorMessage(error))
    }
  }

  async function exportAll(): Promise<void> {
    if (!result || result.items.length === 0) return
    try {
      const file = await call('scenarios.export', { ids: result.items.map((s) => s.id) })
      downloadText(file.fileName, file.content, 'application/yaml;charset=utf-8')
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <section className="screen" aria-labelledby="scenarios-title">
      <header className="screen-header with-actions">
        <div>
          <h1 id="scenarios-title">{t('scenarios.title')}</h1>
          <p className="lede">{t('scenarios.lede')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" title={t('scenarios.newFromTemplateHint')} onClick={() => void create(false)}>
            <FilePlus aria-hidden="true" /> {t('scenarios.newFromTemplate')}
          </button>
          <button type="button" className="button" onClick={() => void create(true)}>
            <FilePlus aria-hidden="true" /> {t('scenarios.newBlank')}
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            <FileUp aria-hidden="true" /> {t('scenarios.import')}
          </button>
          <button type="button" className="button" onClick={() => void exportAll()}>
            <FileDown aria-hidden="true" /> {t('scenarios.exportAll')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            multiple
            accept=".yaml,.yml,.json"
            aria-label={t('scenarios.filesToImport')}
            data-testid="scenario-file-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])]
              event.target.value = ''
              if (files.length > 0) onImport(files)
            }}
          />
        </div>
      </header>
      <p className="hint">{t('scenarios.dropHint')}</p>
      {importErrors.length > 0 && (
        <div className="inline-error" role="alert">
          <p>{t('scenarios.importProblems')}</p>
          <ul className="error-list">
            {importErrors.map((error, index) => (
              <li key={index}>
                <code>
                  {error.file}:{error.line}
                </code>{' '}
                {error.path && <code>{error.path}</code>} {sayError(error)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="filters" role="search" aria-label={t('scenarios.filters')}>
        <SearchFilter value={query} placeholder={t('scenarios.searchPlaceholder')} onChange={setQuery} />
        <SelectField filter label={t('scenarios.area')} placeholder={t('scenarios.anyArea')} value={area} onChange={setArea}>
          <AreaOptions areas={areas} />
        </SelectField>
        <SelectField filter label={t('scenarios.type')} placeholder={t('scenarios.anyType')} value={type} options={Object.entries(labels.type)} onChange={setType} />
        <SelectField filter label={t('scenarios.language')} placeholder={t('scenarios.anyLanguage')} value={language} options={Object.entries(LANGUAGE_LABELS)} onChange={setLanguage} />
      </div>
      <p className="result-count" role="status" aria-live="polite">
        {result ? t('scenarios.count', { count: result.items.length }) : t('common.loading')}
      </p>
      {result?.error && (
        <p className="inline-error" role="alert">
          {result.error}
        </p>
      )}
      {result && result.items.length === 0 && !result.error && <p className="empty">{t('scenarios.noMatch')}</p>}
      <ul className="scenario-cards">
        {result?.items.map((scenario) => (
          <li key={scenario.id}>
            <ScenarioBlanks value={scenario.variables}>
              <article className="scenario-card" lang={scenario.language}>
                <h2>
                  <a
                    href={`#/scenarios/${scenario.id}`}
                    onClick={(event) => {
                      event.preventDefault()
                      onOpen(scenario.id)
                    }}
                  >
                    <Text value={scenario.title} />
                  </a>
                </h2>
                <p className="card-meta">
                  {labels.type[scenario.type]} · {scenario.areaNumbers.map((n) => areaNames.get(n) ?? n).join(', ')} · {languageWord(scenario.language)}
                </p>
                <p className="card-summary">
                  <Text value={scenario.summary} />
                </p>
                <p className="card-meta">
                  {t('scenarios.holds', { modules: scenario.moduleCount, injects: scenario.injectCount, needs: scenario.needCount })}
                </p>
              </article>
            </ScenarioBlanks>
          </li>
        ))}
      </ul>
    </section>
  )
}
