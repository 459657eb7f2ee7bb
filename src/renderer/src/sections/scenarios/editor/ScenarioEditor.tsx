// Edit a scenario in the app: forms for the overview, modules, injects, questions and needs,
// reordered by drag or by keyboard, checked against the format as you type.
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

export function ScenarioEditorLoader({ id, onCancel, onSaved }: { id: string; onCancel: () => void; onSaved: (id: string, copied: boolean) => void }) {
  const [scenario, setScenario] = useState<Scenario | { error: string } | undefined>()
  useEffect(() => {
    call('scenarios.get', { id }).then(
      (result) => setScenario(result.scenario),
      (error: unknown) => setScenario({ error: errorMessage(error) }),
    )
  }, [id])
  if (!scenario) return <p role="status">Loading…</p>
  if ('error' in scenario) return <p className="inline-error" role="alert">{scenario.error}</p>
  return <ScenarioEditor initial={scenario} onCancel={onCancel} onSaved={onSaved} />
}

function ScenarioEditor({ initial, onCancel, onSaved }: { initial: Scenario; onCancel: () => void; onSaved: (id: string, copied: boolean) => void }) {
  const [draft, setDraft] = useState<Scenario>(initial)
  const [saveError, setSaveError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const { categories } = useCategories()
  const update: UpdateDraft = (recipe) => setDraft((current) => produce(current, recipe))

  const cleaned = useMemo(() => clean(draft), [draft])
  const errors: ReadonlyMap<string, string> = useMemo(() => {
    const result = scenarioSchema.safeParse(cleaned)
    return new Map(result.success ? [] : result.error.issues.map((issue) => [formatPath(issue.path), issue.message]))
  }, [cleaned])
  const error = (path: string) => errors.get(path)

  async function save(): Promise<void> {
    if (errors.size > 0) {
      setSaveError(`${errors.size === 1 ? 'One field needs' : `${errors.size} fields need`} attention before saving.`)
      return
    }
    setBusy(true)
    try {
      const result = await call('scenarios.save', { scenario: cleaned })
      onSaved(result.scenario.id, result.copied)
    } catch (caught) {
      setSaveError(errorMessage(caught))
      setBusy(false)
    }
  }

  // The same Cancel and Save as a dialog's footer, above the form and again below it.
  const actions = (
    <div className="button-row">
      <DialogFooter onCancel={onCancel} confirm={{ label: 'Save scenario', disabled: busy, onClick: () => void save() }} />
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
      <p className="save-message error" role="status" aria-live="polite">
        {saveError ?? (errors.size > 0 ? `${errors.size} ${errors.size === 1 ? 'field needs' : 'fields need'} attention.` : '')}
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
