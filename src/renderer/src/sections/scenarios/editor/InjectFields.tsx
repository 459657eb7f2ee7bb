// One inject in the editor: what the room learns, from whom, when, what it should do, and the facilitator's notes.
import type { ScenarioModule } from '../../../../../shared/scenario/schema'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import type { ErrorAt } from './draft'
import { useReadsAs } from './reads-as'

type Inject = ScenarioModule['injects'][number]

interface Props {
  inject: Inject
  /** The inject's path in the scenario, such as `modules[0].injects[2]`. */
  at: string
  error: ErrorAt
  update: (recipe: (inject: Inject) => void) => void
}

export function InjectFields({ inject, at, error, update }: Props) {
  const t = useT()
  const readsAs = useReadsAs()
  return (
    <div className="form-grid">
      <TextField label={t('editor.field.injectTitle')} hint={readsAs(inject.title)} value={inject.title} error={error(`${at}.title`)} onChange={(v) => update((x) => void (x.title = v))} />
      <TextField label={t('editor.field.from')} value={inject.from ?? ''} onChange={(v) => update((x) => void (x.from = v))} />
      <TextField
        label={t('editor.field.offset')}
        value={inject.offsetMinutes === undefined ? '' : String(inject.offsetMinutes)}
        error={error(`${at}.offsetMinutes`)}
        onChange={(v) => update((x) => void (x.offsetMinutes = v.trim() === '' ? undefined : Number(v)))}
      />
      <TextField
        label={t('editor.storyTime')}
        hint={t('editor.storyTimeHint')}
        value={inject.storyTime ?? ''}
        error={error(`${at}.storyTime`)}
        onChange={(v) => update((x) => void (x.storyTime = v.trim() === '' ? undefined : v))}
      />
      <TextField wide multiline rows={4} label={t('editor.field.injectText')} hint={readsAs(inject.text)} value={inject.text} error={error(`${at}.text`)} onChange={(v) => update((x) => void (x.text = v))} />
      <TextField
        wide
        multiline
        label={t('editor.field.expected')}
        value={(inject.expectedActions ?? []).join('\n')}
        onChange={(v) => update((x) => void (x.expectedActions = v.split('\n')))}
      />
      <TextField wide multiline label={t('editor.field.facilitatorNotes')} value={inject.facilitatorNotes ?? ''} onChange={(v) => update((x) => void (x.facilitatorNotes = v))} />
    </div>
  )
}
