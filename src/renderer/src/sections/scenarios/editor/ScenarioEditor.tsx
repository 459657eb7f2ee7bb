// Edit a scenario in the app: its outline (overview, modules, and each module's injects, questions
// and needs) beside the selected item's form, checked against the format as you type. What is
// edited and not yet saved is kept by the app as a draft, and given back if the window closes.
import { produce } from 'immer'
import { Plus } from 'lucide-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useIntl } from 'react-intl'
import { formatPath } from '../../../../../shared/scenario/path'
import { addItem, errorsOn, exists, firstWithErrors, keyOf, moveItem, outlineOf, removeItem, type ModulePart, type OutlineItem, type OutlineRef } from '../../../../../shared/scenario/outline'
import { scenarioSchema, withVariableLabels, type Scenario } from '../../../../../shared/scenario/schema'
import { call, errorMessage } from '../../../api/client'
import { useCategories } from '../../../api/use-categories'
import { DialogFooter } from '../../../components/DialogFooter'
import { saidOfIssue } from '../../../../../shared/i18n/zod-issues'
import { useSay, useT } from '../../../i18n/use-t'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit'
import { clean, type UpdateDraft } from './draft'
import { draftKey, type Loaded } from './load-draft'
import { ItemPane } from './ItemPane'
import { Outline } from './Outline'
import { useEditorKeys } from './use-editor-keys'
import { VariablesContext } from './reads-as'

interface Props extends Loaded {
  onCancel: () => void
  onSaved: (id: string, copied: boolean) => void
}

export function ScenarioEditor({ saved, restored, isNew, onCancel, onSaved }: Props) {
  const t = useT()
  const say = useSay()
  const intl = useIntl()
  const [draft, setDraft] = useState<Scenario>(restored?.draft ?? saved)
  const [restoredAt, setRestoredAt] = useState(isNew ? undefined : restored?.at)
  const [selected, setSelected] = useState<OutlineRef>({ kind: 'overview' })
  const [removed, setRemoved] = useState<{ before: Scenario; name: string; ref: OutlineRef } | undefined>()
  const [outlineFocus, setOutlineFocus] = useState(0)
  const [saveError, setSaveError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const pane = useRef<HTMLElement>(null)
  const { categories } = useCategories()
  const keep = useDebouncedCommit((content: string) => call('drafts.save', { key: draftKey(saved.id), content }).catch(() => undefined))
  const forget = () => {
    keep.schedule('')
    keep.flush()
  }
  const update: UpdateDraft = (recipe) =>
    setDraft((current) => {
      const next = produce(current, recipe)
      keep.schedule(JSON.stringify(next))
      return next
    })
  /** A change to the outline, worked out from the draft on screen; returns where the item went. */
  const reshape = (change: (d: Scenario) => OutlineRef): OutlineRef => {
    let at: OutlineRef = selected
    const next = produce(draft, (d) => void (at = change(d)))
    keep.schedule(JSON.stringify(next))
    setDraft(next)
    setSelected(at)
    return at
  }
  const current = exists(draft, selected) ? selected : ({ kind: 'overview' } as const)

  const cleaned = useMemo(() => clean(draft), [draft])
  const errors: ReadonlyMap<string, string> = useMemo(() => {
    const result = scenarioSchema.safeParse(cleaned)
    return new Map(result.success ? [] : result.error.issues.map((issue) => [formatPath(issue.path), say(saidOfIssue(issue))]))
  }, [cleaned, say])
  const errorPaths = useMemo(() => [...errors.keys()], [errors])
  const items = useMemo(() => outlineOf(draft), [draft])

  const nameOf = (item: OutlineItem): { name: string; text?: string } => {
    const words = withVariableLabels(item.text, draft.variables)
    switch (item.ref.kind) {
      case 'overview':
        return { name: t('editor.outline.overview'), text: words }
      case 'objectives':
      case 'participants':
      case 'variables':
        return { name: t(`editor.outline.${item.ref.kind}`, { count: Number(item.number) }) }
      default:
        return { name: t(`editor.outline.${item.ref.kind}`, { number: item.number }), text: words }
    }
  }
  const selectedItem = items.find((item) => item.key === keyOf(current)) ?? items[0]!

  /** Enter in the outline, or a new item: the form's first field (or first button, in a list with no rows yet) takes the focus. */
  const focusForm = () => requestAnimationFrame(() => pane.current?.querySelector<HTMLElement>('.item-pane-body :is(input, select, textarea, button:not([disabled]))')?.focus())
  useEffect(() => {
    if (isNew) focusForm()
    // Once, when a new scenario opens: its title is the first thing to write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  function add(kind: 'module' | ModulePart, module?: number): void {
    const m = module ?? ('module' in current ? current.module : draft.modules.length - 1)
    reshape((d) => addItem(d, d.modules.length === 0 ? 'module' : kind, m))
    setRemoved(undefined)
    focusForm()
  }
  function remove(ref: OutlineRef): void {
    const name = nameOf(items.find((item) => item.key === keyOf(ref))!).name
    setRemoved({ before: draft, name, ref })
    reshape((d) => removeItem(d, ref))
    setOutlineFocus((n) => n + 1)
  }
  function undoRemove(): void {
    if (!removed) return
    keep.schedule(JSON.stringify(removed.before))
    setDraft(removed.before)
    setSelected(removed.ref)
    setRemoved(undefined)
  }

  async function save(): Promise<void> {
    if (busy) return
    if (errors.size > 0) {
      setSaveError(t('editor.problemsAt', { count: errors.size }))
      const first = firstWithErrors(draft, errorPaths)
      if (first) setSelected(first.ref)
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
  useEditorKeys({ save: () => void save(), add: (kind) => add(kind), toOutline: () => setOutlineFocus((n) => n + 1) })

  const actions = (
    <div className="button-row">
      <DialogFooter
        onCancel={() => {
          forget()
          onCancel()
        }}
        confirm={{ label: t('editor.save'), disabled: busy, onClick: () => void save() }}
      />
    </div>
  )
  return (
    <section className="screen scenario-editor" aria-labelledby="editor-title">
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">{t('editor.heading')}</p>
          <h1 id="editor-title">{withVariableLabels(draft.overview.title, draft.variables) || t('editor.untitledScenario')}</h1>
        </div>
        <div className="editor-actions">
          {actions}
          <span className="hint">{t('editor.saveKeys')}</span>
        </div>
      </header>
      {restoredAt && (
        <div className="notice notice-info restored-draft" role="status">
          <p>{t('scenarioEditor.restored', { at: intl.formatDate(restoredAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(saved)
              setRestoredAt(undefined)
              forget()
            }}
          >
            {t('scenarioEditor.discard')}
          </button>
        </div>
      )}
      <div className="editor-status" role="status" aria-live="polite">
        {removed ? (
          <p className="notice notice-info">
            {t('editor.item.removed', { name: removed.name })}{' '}
            <button type="button" className="button quiet" onClick={undoRemove}>
              {t('editor.item.undo')}
            </button>
          </p>
        ) : (
          <p className="save-message error">{saveError ?? (errors.size > 0 ? t('form.fieldsNeedAttention', { count: errors.size }) : '')}</p>
        )}
      </div>
      <VariablesContext.Provider value={draft.variables}>
      <div className="editor-layout">
        <div className="outline-column">
          <Outline
            items={items}
            selected={selectedItem.key}
            nameOf={nameOf}
            problems={(ref) => errorsOn(ref, errorPaths)}
            onSelect={setSelected}
            onMove={(ref, delta) => reshape((d) => moveItem(d, ref, delta))}
            onRemove={remove}
            onEdit={focusForm}
            focusRequest={outlineFocus}
          />
          <button type="button" className="button quiet" aria-keyshortcuts="Alt+Shift+M" title="Alt+Shift+M" onClick={() => add('module')}>
            <Plus aria-hidden="true" /> {t('editor.add.module')}
          </button>
          {draft.modules.length === 0 && <p className="hint">{t('editor.noModules')}</p>}
        </div>
        <ItemPane
          ref={pane}
          draft={draft}
          selected={current}
          name={nameOf(selectedItem).name}
          error={(path) => errors.get(path)}
          errorPaths={errorPaths}
          update={update}
          categories={categories}
          onMove={(delta) => reshape((d) => moveItem(d, current, delta))}
          onRemove={() => remove(current)}
          onAdd={(kind, module) => add(kind, module)}
        />
      </div>
      </VariablesContext.Provider>
      <div className="editor-end">{actions}</div>
    </section>
  )
}
