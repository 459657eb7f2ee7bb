// One module in the editor: its title, timing, phase and narrative, then its injects, questions and needs.
import type { ModulePhase, ScenarioModule } from '../../../../../shared/scenario/schema'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { ListEditor } from '../../../components/ListEditor'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { PHASE_LABELS } from '../labels'
import { draftList, nextId, type ErrorAt, type UpdateDraft } from './draft'
import { InjectFields } from './InjectFields'
import { NeedFields } from './NeedFields'

interface Props {
  module: ScenarioModule
  /** The module's place in the scenario. */
  m: number
  error: ErrorAt
  update: UpdateDraft
  categories: readonly Category[]
}

export function ModuleFields({ module, m, error, update, categories }: Props) {
  const t = useT()
  const at = `modules[${m}]`
  return (
    <div className="module-fields">
      <div className="form-grid">
        <TextField label="Module title" value={module.title} error={error(`${at}.title`)} onChange={(v) => update((d) => void (d.modules[m]!.title = v))} />
        <TextField label="Timing" value={module.timing ?? ''} onChange={(v) => update((d) => void (d.modules[m]!.timing = v))} />
        <TextField
          label={t('editor.storyTime')}
          hint={t('editor.storyTimeHint')}
          value={module.storyTime ?? ''}
          error={error(`${at}.storyTime`)}
          onChange={(v) => update((d) => void (d.modules[m]!.storyTime = v.trim() === '' ? undefined : v))}
        />
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
        {...draftList(update, (d) => d.modules[m]!.injects, (_, injects) => ({ id: nextId('i', injects.map((x) => x.id)), title: '', text: '' }))}
        addLabel="Add an inject"
        render={(inject, i) => <InjectFields inject={inject} at={`${at}.injects[${i}]`} error={error} update={(recipe) => update((d) => recipe(d.modules[m]!.injects[i]!))} />}
      />
      <ListEditor
        title="Discussion questions"
        items={module.questions}
        itemName={(_, i) => `Question ${i + 1}`}
        {...draftList(update, (d) => d.modules[m]!.questions, () => ({ text: '' }))}
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
        {...draftList(
          update,
          (d) => d.modules[m]!.needs,
          (d) => ({
            id: nextId('n', d.modules.flatMap((x) => x.needs.map((n) => n.id))),
            category: '',
            description: '',
            communityArea: d.overview.communityAreas[0] ?? '',
            urgency: 'medium' as const,
          }),
        )}
        addLabel="Add a need"
        render={(need, i) => <NeedFields need={need} at={`${at}.needs[${i}]`} error={error} categories={categories} update={(recipe) => update((d) => recipe(d.modules[m]!.needs[i]!))} />}
      />
    </div>
  )
}
