// Edit a scenario in the app: forms for the overview, modules, injects, questions and needs,
// reordered by drag or by keyboard, checked against the format as you type. What is edited and
// not yet saved is kept by the app as a draft, and given back if the window closes or crashes.
import { produce } from 'immer'
import { useEffect, useMemo, useState } from 'react'
import { formatPath } from '../../../../../shared/scenario/path'
import { scenarioSchema, type Scenario } from '../../../../../shared/scenario/schema'
import { call, errorMessage } from '../../../api/client'
import { useCategories } from '../../../api/use-categories'
import { DialogFooter } from '../../../components/DialogFooter'
import { ListEditor } from '../../../components/ListEditor'
import { clean, draftList, nextId, type UpdateDraft } from './draft'
import { ModuleFields } from './ModuleFields'
import { OverviewFields } from './OverviewFields'
import { useIntl } from 'react-intl'
import { useT } from '../../../i18n/use-t'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit'

interface Loaded {
  saved: Scenario
  /** Unsaved work from an earlier visit, and when it was last typed. */
  restored?: { draft: Scenario; at: string } | undefined
}

export function ScenarioEditorLoader({ id, onCancel, onSaved }: { id: string; onCancel: () => void; onSaved: (id: string, copied: boolean) => void }) {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded | { error: string } | undefined>()
  useEffect(() => {
    Promise.all([call('scenarios.get', { id }), call('drafts.get', { key: draftKey(id) }).catch(() => null)]).then(
      ([result, kept]) => setLoaded({ saved: result.scenario, restored: restoredDraft(result.scenario, kept) }),
      (error: unknown) => setLoaded({ error: errorMessage(error) }),
    )
  }, [id])
  if (!loaded) return <p role="status">{t('common.loading')}</p>
  if ('error' in loaded) return <p className="inline-error" role="alert">{loaded.error}</p>
  return <ScenarioEditor saved={loaded.saved} restored={loaded.restored} onCancel={onCancel} onSaved={onSaved} />
}

const draftKey = (id: string) => `scenario:${id}`

/** The kept draft, when there is one that differs from what is saved (and is a scenario at all). */
function restoredDraft(saved: Scenario, kept: { content: string; updatedAt: string } | null): Loaded['restored'] {
  if (!kept) return undefined
  try {
    const draft = JSON.parse(kept.content) as Scenario
    if (typeof draft !== 'object' || draft === null || draft.id !== saved.id || !Array.isArray(draft.modules)) return undefined
    return JSON.stringify(draft) === JSON.stringify(saved) ? undefined : { draft, at: kept.updatedAt }
  } catch {
    return undefined
  }
}

function ScenarioEditor({ saved, restored, onCancel, onSaved }: { saved: Scenario; restored: Loaded['restored']; onCancel: () => void; onSaved: (id: string, copied: boolean) => void }) {
  const t = useT()
  const intl = useIntl()
  const [draft, setDraft] = useState<Scenario>(restored?.draft ?? saved)
  const [restoredAt, setRestoredAt] = useState(restored?.at)
  const [saveError, setSaveError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const { categories } = useCategories()
  const keep = useDebouncedCommit((content: string) => call('drafts.save', { key: draftKey(saved.id), content }).catch(() => undefined))
  const forget = () => {
    keep.schedule('')
    keep.flush()
  }
  /** Back to the saved scenario: the draft of an earlier visit is forgotten. */
  const discardRestored = () => {
    setDraft(saved)
    setRestoredAt(undefined)
    forget()
  }
  const update: UpdateDraft = (recipe) =>
    setDraft((current) => {
      const next = produce(current, recipe)
      keep.schedule(JSON.stringify(next))
      return next
    })

  const cleaned = useMemo(() => clean(draft), [draft])
  const errors: ReadonlyMap<string, string> = useMemo(() => {
    const result = scenarioSchema.safeParse(cleaned)
    return new Map(result.success ? [] : result.error.issues.map((issue) => [formatPath(issue.path), issue.message]))
  }, [cleaned])
  const error = (path: string) => errors.get(path)

  async function save(): Promise<void> {
    if (errors.size > 0) {
      setSaveError(t('form.fieldsNeedAttentionBeforeSaving', { count: errors.size }))
      return
    }
    setBusy(true)
    try {
      const result = await call('scenarios.save', { scenario: cleaned })
      forget()
      onSaved(result.scenario.id, result.copied)
    } catch (caught) {
      setSaveError(errorMessage(caught))
      setBusy(false)
    }
  }

  // The same Cancel and Save as a dialog's footer, above the form and again below it.
  const actions = (
    <div className="button-row">
      <DialogFooter
        onCancel={() => {
          forget()
          onCancel()
        }}
        confirm={{ label: 'Save scenario', disabled: busy, onClick: () => void save() }} />
    </div>
  )
  return (
    <section className="screen scenario-editor" aria-labelledby="editor-title">
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">Editing</p>
          <h1 id="editor-title">{draft.overview.title || 'Untitled scenario'}</h1>
        </div>
        {actions}
      </header>
      {restoredAt && (
        <div className="notice notice-info restored-draft" role="status">
          <p>{t('scenarioEditor.restored', { at: intl.formatDate(restoredAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
          <button type="button" className="button" onClick={discardRestored}>
            {t('scenarioEditor.discard')}
          </button>
        </div>
      )}
      <p className="save-message error" role="status" aria-live="polite">
        {saveError ?? (errors.size > 0 ? t('form.fieldsNeedAttention', { count: errors.size }) : '')}
      </p>

      <OverviewFields draft={draft} errors={errors} update={update} />

      <ListEditor
        title="Modules"
        items={draft.modules}
        itemName={(m, i) => m.title || `Module ${i + 1}`}
        {...draftList(
          update,
          (d) => d.modules,
          (_, modules) => ({ id: nextId('m', modules.map((m) => m.id)), title: '', narrative: '', injects: [], questions: [], needs: [] }),
        )}
        addLabel="Add a module"
        render={(module, m) => <ModuleFields module={module} m={m} error={error} update={update} categories={categories} />}
      />
      <div className="editor-end">{actions}</div>
    </section>
  )
}
