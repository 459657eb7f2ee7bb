// One module in the editor: its title, timing, story time, phase and narrative (its injects, questions and needs are items of their own in the outline).
import type { ModulePhase, ScenarioModule } from '../../../../../shared/scenario/schema'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import { useScenarioLabels } from '../labels'
import type { ErrorAt } from './draft'
import { useReadsAs } from './reads-as'

interface Props {
  module: ScenarioModule
  /** The module's path in the scenario, such as `modules[1]`. */
  at: string
  error: ErrorAt
  update: (recipe: (module: ScenarioModule) => void) => void
}

export function ModuleFields({ module, at, error, update }: Props) {
  const t = useT()
  const labels = useScenarioLabels()
  const readsAs = useReadsAs()
  return (
    <div className="form-grid">
      <TextField wide label={t('editor.field.moduleTitle')} hint={readsAs(module.title)} value={module.title} error={error(`${at}.title`)} onChange={(v) => update((x) => void (x.title = v))} />
      <TextField label={t('editor.field.timing')} value={module.timing ?? ''} onChange={(v) => update((x) => void (x.timing = v))} />
      <TextField
        label={t('editor.storyTime')}
        hint={t('editor.storyTimeHint')}
        value={module.storyTime ?? ''}
        error={error(`${at}.storyTime`)}
        onChange={(v) => update((x) => void (x.storyTime = v.trim() === '' ? undefined : v))}
      />
      <SelectField
        label={t('editor.field.phase')}
        value={module.phase ?? ''}
        options={Object.entries(labels.phase)}
        onChange={(v) => update((x) => void (v === '' ? delete x.phase : (x.phase = v as ModulePhase)))}
      />
      <TextField wide multiline rows={6} label={t('editor.field.narrative')} hint={readsAs(module.narrative)} value={module.narrative} error={error(`${at}.narrative`)} onChange={(v) => update((x) => void (x.narrative = v))} />
    </div>
  )
}
