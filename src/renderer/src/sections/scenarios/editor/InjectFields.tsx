// One inject in the editor: what the room learns, from whom, when, what it should do, and the facilitator's notes.
import type { ScenarioModule } from '../../../../../shared/scenario/schema'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import type { ErrorAt } from './draft'

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
  return (
    <div className="form-grid">
      <TextField label="Inject title" value={inject.title} error={error(`${at}.title`)} onChange={(v) => update((x) => void (x.title = v))} />
      <TextField label="From" value={inject.from ?? ''} onChange={(v) => update((x) => void (x.from = v))} />
      <TextField
        label="Minutes into the module"
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
      <TextField wide multiline label="What the room learns" value={inject.text} error={error(`${at}.text`)} onChange={(v) => update((x) => void (x.text = v))} />
      <TextField
        wide
        multiline
        label="Expected actions (one per line)"
        value={(inject.expectedActions ?? []).join('\n')}
        onChange={(v) => update((x) => void (x.expectedActions = v.split('\n')))}
      />
      <TextField wide multiline label="Facilitator notes (never shown to participants)" value={inject.facilitatorNotes ?? ''} onChange={(v) => update((x) => void (x.facilitatorNotes = v))} />
    </div>
  )
}
