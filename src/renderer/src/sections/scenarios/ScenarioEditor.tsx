// Edit a scenario in the app: forms for the overview, modules, injects, questions and needs,
// reordered by drag or by keyboard, checked against the format as you type.
import { produce } from 'immer'
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react'
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import { formatPath } from '../../../../shared/scenario/path'
import { scenarioSchema, type ModulePhase, type Scenario, type ScenarioModule } from '../../../../shared/scenario/schema'
import { ORGANIZATION_KINDS, type Category } from '../../../../shared/inventory/taxonomy'
import { call, errorMessage } from '../../api/client'
import { useCategories } from '../../api/use-categories'
import { CategoryOptions } from '../../components/Options'
import { LANGUAGE_LABELS, PHASE_LABELS, TYPE_LABELS, URGENCY_LABELS } from './labels'

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

type Errors = ReadonlyMap<string, string>

function ScenarioEditor({ initial, onCancel, onSaved }: { initial: Scenario; onCancel: () => void; onSaved: (id: string, copied: boolean) => void }) {
  const [draft, setDraft] = useState<Scenario>(initial)
  const [areasText, setAreasText] = useState(initial.overview.communityAreas.join('; '))
  const [saveError, setSaveError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const { categories } = useCategories()
  const update = (recipe: (d: Scenario) => void) => setDraft((current) => produce(current, recipe))

  const cleaned = useMemo(() => clean(draft), [draft])
  const errors: Errors = useMemo(() => {
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

  const o = draft.overview
  const actions = (
    <div className="button-row">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button primary" disabled={busy} onClick={() => void save()}>
        Save scenario
      </button>
    </div>
  )
  return (
    <section className="screen scenario-editor" aria-labelledby="editor-title">
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">Editing</p>
          <h1 id="editor-title">{o.title || 'Untitled scenario'}</h1>
        </div>
        {actions}
      </header>
      <p className="save-message error" role="status" aria-live="polite">
        {saveError ?? (errors.size > 0 ? `${errors.size} ${errors.size === 1 ? 'field needs' : 'fields need'} attention.` : '')}
      </p>

      <fieldset className="editor-block">
        <legend>Overview</legend>
        <div className="form-grid">
          <TextField wide label="Title" value={o.title} error={error('overview.title')} onChange={(v) => update((d) => void (d.overview.title = v))} />
          <TextField wide multiline label="Summary" value={o.summary} error={error('overview.summary')} onChange={(v) => update((d) => void (d.overview.summary = v))} />
          <SelectField label="Type" value={o.type} options={Object.entries(TYPE_LABELS)} onChange={(v) => update((d) => void (d.overview.type = v as Scenario['overview']['type']))} />
          <SelectField label="Language" value={o.language} options={Object.entries(LANGUAGE_LABELS)} onChange={(v) => update((d) => void (d.overview.language = v as Scenario['overview']['language']))} />
          <TextField label="Duration" value={o.duration ?? ''} error={error('overview.duration')} onChange={(v) => update((d) => void (d.overview.duration = v))} />
          <TextField
            wide
            label="Community areas"
            hint="Names or numbers separated by ; — e.g. Englewood; West Englewood"
            value={areasText}
            error={[...errors.entries()].find(([path]) => path.startsWith('overview.communityAreas'))?.[1]}
            onChange={(v) => {
              setAreasText(v)
              update((d) => void (d.overview.communityAreas = v.split(';').map((p) => p.trim()).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p))))
            }}
          />
          <TextField wide label="Place" value={o.place ?? ''} error={error('overview.place')} onChange={(v) => update((d) => void (d.overview.place = v))} />
        </div>
        <ListEditor
          title="Objectives"
          items={o.objectives}
          itemName={(_, i) => `Objective ${i + 1}`}
          onMove={(from, to) => update((d) => move(d.overview.objectives, from, to))}
          onRemove={(i) => update((d) => void d.overview.objectives.splice(i, 1))}
          onAdd={() => update((d) => void d.overview.objectives.push({ id: nextId('o', d.overview.objectives.map((x) => x.id)), text: '' }))}
          addLabel="Add an objective"
          render={(objective, i) => (
            <TextField wide label={`Objective ${i + 1}`} value={objective.text} error={error(`overview.objectives[${i}].text`)} onChange={(v) => update((d) => void (d.overview.objectives[i]!.text = v))} />
          )}
        />
        <ListEditor
          title="At the table"
          items={o.participants}
          itemName={(p, i) => `Participant ${i + 1} (${p.kind})`}
          onMove={(from, to) => update((d) => move(d.overview.participants, from, to))}
          onRemove={(i) => update((d) => void d.overview.participants.splice(i, 1))}
          onAdd={() => update((d) => void d.overview.participants.push({ kind: 'other', role: 'participant' }))}
          addLabel="Add a participant"
          render={(participant, i) => (
            <div className="form-grid">
              <SelectField label="Kind of organization" value={participant.kind} options={ORGANIZATION_KINDS.map((k) => [k.id, k.label])} onChange={(v) => update((d) => void (d.overview.participants[i]!.kind = v as never))} />
              <SelectField
                label="Role"
                value={participant.role}
                options={[['facilitator', 'Facilitator'], ['evaluator', 'Evaluator'], ['note-taker', 'Note-taker'], ['participant', 'Participant']]}
                onChange={(v) => update((d) => void (d.overview.participants[i]!.role = v as never))}
              />
              <TextField label="Note" value={participant.note ?? ''} onChange={(v) => update((d) => void (d.overview.participants[i]!.note = v))} />
            </div>
          )}
        />
        <ListEditor
          title="Variables filled in for each run"
          items={draft.variables}
          itemName={(v, i) => (v.name ? '${' + v.name + '}' : `Variable ${i + 1}`)}
          onMove={(from, to) => update((d) => move(d.variables, from, to))}
          onRemove={(i) => update((d) => void d.variables.splice(i, 1))}
          onAdd={() => update((d) => void d.variables.push({ name: nextId('place', d.variables.map((v) => v.name)), label: '' }))}
          addLabel="Add a variable"
          render={(variable, i) => (
            <div className="form-grid">
              <TextField label="Name (used as ${name} in the text)" value={variable.name} error={error(`variables[${i}].name`)} onChange={(v) => update((d) => void (d.variables[i]!.name = v))} />
              <TextField label="What to fill in" value={variable.label} error={error(`variables[${i}].label`)} onChange={(v) => update((d) => void (d.variables[i]!.label = v))} />
              <TextField label="Example" value={variable.example ?? ''} onChange={(v) => update((d) => void (d.variables[i]!.example = v))} />
            </div>
          )}
        />
      </fieldset>

      <ListEditor
        title="Modules"
        items={draft.modules}
        itemName={(m, i) => m.title || `Module ${i + 1}`}
        onMove={(from, to) => update((d) => move(d.modules, from, to))}
        onRemove={(i) => update((d) => void d.modules.splice(i, 1))}
        onAdd={() =>
          update((d) => void d.modules.push({ id: nextId('m', d.modules.map((m) => m.id)), title: '', narrative: '', injects: [], questions: [], needs: [] }))
        }
        addLabel="Add a module"
        render={(module, m) => (
          <ModuleFields module={module} m={m} error={error} update={update} categories={categories} />
        )}
      />
      <div className="editor-end">{actions}</div>
    </section>
  )
}

function ModuleFields({
  module,
  m,
  error,
  update,
  categories,
}: {
  module: ScenarioModule
  m: number
  error: (path: string) => string | undefined
  update: (recipe: (d: Scenario) => void) => void
  categories: readonly Category[]
}) {
  const at = `modules[${m}]`
  return (
    <div className="module-fields">
      <div className="form-grid">
        <TextField label="Module title" value={module.title} error={error(`${at}.title`)} onChange={(v) => update((d) => void (d.modules[m]!.title = v))} />
        <TextField label="Timing" value={module.timing ?? ''} onChange={(v) => update((d) => void (d.modules[m]!.timing = v))} />
        <SelectField
          label="Phase"
          value={module.phase ?? ''}
          options={Object.entries(PHASE_LABELS)}
          onChange={(v) => update((d) => void (v === '' ? delete d.modules[m]!.phase : (d.modules[m]!.phase = v as ModulePhase)))}
        />
        <TextField wide multiline rows={4} label="Narrative" value={module.narrative} error={error(`${at}.narrative`)} onChange={(v) => update((d) => void (d.modules[m]!.narrative = v))} />
      </div>
      <ListEditor
        title="Injects"
        items={module.injects}
        itemName={(inject, i) => `Inject ${i + 1}${inject.title ? `: ${inject.title}` : ''}`}
        onMove={(from, to) => update((d) => move(d.modules[m]!.injects, from, to))}
        onRemove={(i) => update((d) => void d.modules[m]!.injects.splice(i, 1))}
        onAdd={() => update((d) => void d.modules[m]!.injects.push({ id: nextId('i', d.modules[m]!.injects.map((x) => x.id)), title: '', text: '' }))}
        addLabel="Add an inject"
        render={(inject, i) => {
          const p = `${at}.injects[${i}]`
          return (
            <div className="form-grid">
              <TextField label="Inject title" value={inject.title} error={error(`${p}.title`)} onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.title = v))} />
              <TextField label="From" value={inject.from ?? ''} onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.from = v))} />
              <TextField
                label="Minutes into the module"
                value={inject.offsetMinutes === undefined ? '' : String(inject.offsetMinutes)}
                error={error(`${p}.offsetMinutes`)}
                onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.offsetMinutes = v.trim() === '' ? undefined : Number(v)))}
              />
              <TextField wide multiline label="What the room learns" value={inject.text} error={error(`${p}.text`)} onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.text = v))} />
              <TextField
                wide
                multiline
                label="Expected actions (one per line)"
                value={(inject.expectedActions ?? []).join('\n')}
                onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.expectedActions = v.split('\n')))}
              />
              <TextField wide multiline label="Facilitator notes (never shown to participants)" value={inject.facilitatorNotes ?? ''} onChange={(v) => update((d) => void (d.modules[m]!.injects[i]!.facilitatorNotes = v))} />
            </div>
          )
        }}
      />
      <ListEditor
        title="Discussion questions"
        items={module.questions}
        itemName={(_, i) => `Question ${i + 1}`}
        onMove={(from, to) => update((d) => move(d.modules[m]!.questions, from, to))}
        onRemove={(i) => update((d) => void d.modules[m]!.questions.splice(i, 1))}
        onAdd={() => update((d) => void d.modules[m]!.questions.push({ text: '' }))}
        addLabel="Add a question"
        render={(question, i) => (
          <div className="form-grid">
            <TextField wide label={`Question ${i + 1}`} value={question.text} error={error(`${at}.questions[${i}].text`)} onChange={(v) => update((d) => void (d.modules[m]!.questions[i]!.text = v))} />
            <TextField label="For (discipline)" value={question.discipline ?? ''} onChange={(v) => update((d) => void (d.modules[m]!.questions[i]!.discipline = v))} />
          </div>
        )}
      />
      <ListEditor
        title="Needs"
        items={module.needs}
        itemName={(need, i) => `Need ${i + 1}${need.description ? `: ${need.description}` : ''}`}
        onMove={(from, to) => update((d) => move(d.modules[m]!.needs, from, to))}
        onRemove={(i) => update((d) => void d.modules[m]!.needs.splice(i, 1))}
        onAdd={() =>
          update((d) => {
            const ids = d.modules.flatMap((x) => x.needs.map((n) => n.id))
            d.modules[m]!.needs.push({ id: nextId('n', ids), category: '', description: '', communityArea: d.overview.communityAreas[0] ?? '', when: 'daily 08:00-20:00', urgency: 'medium' })
          })
        }
        addLabel="Add a need"
        render={(need, i) => {
          const p = `${at}.needs[${i}]`
          const set = (recipe: (n: ScenarioModule['needs'][number]) => void) => update((d) => recipe(d.modules[m]!.needs[i]!))
          return (
            <div className="form-grid">
              <TextField wide label="What the community will need" value={need.description} error={error(`${p}.description`)} onChange={(v) => set((n) => void (n.description = v))} />
              <div className="field">
                <CategorySelect value={need.category} categories={categories} error={error(`${p}.category`)} onChange={(v) => set((n) => void (n.category = v))} />
              </div>
              <TextField label="Community area" value={String(need.communityArea)} error={error(`${p}.communityArea`)} onChange={(v) => set((n) => void (n.communityArea = /^\d+$/.test(v.trim()) ? Number(v) : v))} />
              <TextField label="Place" value={need.place ?? ''} onChange={(v) => set((n) => void (n.place = v))} />
              <TextField label="When" hint="e.g. Fri-Sun 20:00-02:00, 24/7" value={need.when} error={error(`${p}.when`)} onChange={(v) => set((n) => void (n.when = v))} />
              <TextField label="For how long" value={need.duration ?? ''} onChange={(v) => set((n) => void (n.duration = v))} />
              <TextField label="Language (code)" value={need.language ?? ''} error={error(`${p}.language`)} onChange={(v) => set((n) => void (n.language = v.trim() === '' ? undefined : v.trim()))} />
              <TextField
                label="How much"
                value={need.amount ? String(need.amount.value) : ''}
                error={error(`${p}.amount.value`) ?? error(`${p}.amount`)}
                onChange={(v) => set((n) => void (n.amount = v.trim() === '' ? undefined : { value: Number(v), unit: n.amount?.unit ?? 'people' }))}
              />
              <TextField label="Counted in" value={need.amount?.unit ?? ''} error={error(`${p}.amount.unit`)} onChange={(v) => set((n) => void (n.amount = { value: n.amount?.value ?? 1, unit: v }))} />
              <SelectField label="Urgency" value={need.urgency} options={Object.entries(URGENCY_LABELS)} onChange={(v) => set((n) => void (n.urgency = v as never))} />
            </div>
          )
        }}
      />
    </div>
  )
}

/** Drops empty optional text and empty lines, so the draft checks like the saved file will. */
function clean(draft: Scenario): Scenario {
  return produce(draft, (d) => {
    const trimOptional = <T extends object, K extends keyof T>(object: T, key: K) => {
      if (typeof object[key] === 'string' && (object[key] as string).trim() === '') delete object[key]
    }
    trimOptional(d.overview, 'place')
    d.variables.forEach((v) => trimOptional(v, 'example'))
    trimOptional(d.overview, 'duration')
    d.overview.participants.forEach((p) => trimOptional(p, 'note'))
    for (const module of d.modules) {
      trimOptional(module, 'timing')
      for (const inject of module.injects) {
        trimOptional(inject, 'from')
        trimOptional(inject, 'facilitatorNotes')
        if (inject.expectedActions) {
          inject.expectedActions = inject.expectedActions.map((a) => a.trim()).filter(Boolean)
          if (inject.expectedActions.length === 0) delete inject.expectedActions
        }
      }
      module.questions.forEach((q) => trimOptional(q, 'discipline'))
      for (const need of module.needs) {
        trimOptional(need, 'place')
        trimOptional(need, 'duration')
      }
    }
  })
}

function move<T>(items: T[], from: number, to: number): void {
  if (to < 0 || to >= items.length || from === to) return
  const [item] = items.splice(from, 1)
  items.splice(to, 0, item!)
}

function nextId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`
}

interface ListEditorProps<T> {
  title: string
  items: readonly T[]
  itemName: (item: T, index: number) => string
  render: (item: T, index: number) => ReactNode
  onMove: (from: number, to: number) => void
  onRemove: (index: number) => void
  onAdd: () => void
  addLabel: string
}

/** A list whose items move with Up/Down buttons (keyboard) or by dragging their handle. */
function ListEditor<T>({ title, items, itemName, render, onMove, onRemove, onAdd, addLabel }: ListEditorProps<T>) {
  const [dragging, setDragging] = useState<number | undefined>()
  const headingId = useId()
  return (
    <section className="list-editor" aria-labelledby={headingId}>
      <h2 id={headingId} className="list-title">
        {title}
      </h2>
      <ol className="list-items">
        {items.map((item, index) => {
          const name = itemName(item, index)
          return (
            <li
              key={index}
              className={`list-item${dragging === index ? ' dragging' : ''}`}
              onDragOver={(event) => {
                if (dragging !== undefined) event.preventDefault()
              }}
              onDrop={(event) => {
                event.preventDefault()
                if (dragging !== undefined) onMove(dragging, index)
                setDragging(undefined)
              }}
            >
              <div className="item-bar">
                <span
                  className="drag-handle"
                  draggable
                  aria-hidden="true"
                  title="Drag to reorder"
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move'
                    event.dataTransfer.setData('text/plain', String(index))
                    setDragging(index)
                  }}
                  onDragEnd={() => setDragging(undefined)}
                >
                  <GripVertical />
                </span>
                <span className="item-name">{name}</span>
                <button type="button" className="icon-button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                  <ArrowUp aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${name} down`} disabled={index === items.length - 1} onClick={() => onMove(index, index + 1)}>
                  <ArrowDown aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={() => onRemove(index)}>
                  <Trash2 aria-hidden="true" />
                </button>
              </div>
              {render(item, index)}
            </li>
          )
        })}
      </ol>
      <button type="button" className="button quiet" onClick={onAdd}>
        <Plus aria-hidden="true" /> {addLabel}
      </button>
    </section>
  )
}

function TextField(props: { label: string; value: string; onChange: (value: string) => void; error?: string | undefined; hint?: string; wide?: boolean; multiline?: boolean; rows?: number }) {
  const id = useId()
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const common = { id, value: props.value, 'aria-invalid': props.error !== undefined, 'aria-describedby': described }
  return (
    <div className={`field${props.wide ? ' wide' : ''}${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint && (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span className="field-error" id={`${id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  )
}

function SelectField(props: { label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}

function CategorySelect(props: { value: string; categories: readonly Category[]; error: string | undefined; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>Category</label>
      <select id={id} value={props.value} aria-invalid={props.error !== undefined} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose…</option>
        <CategoryOptions categories={props.categories} />
      </select>
      {props.error && <span className="field-error">{props.error}</span>}
    </>
  )
}
