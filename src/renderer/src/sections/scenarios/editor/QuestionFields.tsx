// One discussion question in the editor: what is asked, and of which discipline.
import type { ScenarioModule } from '../../../../../shared/scenario/schema'
import { TextField } from '../../../components/TextField'
import { useT } from '../../../i18n/use-t'
import type { ErrorAt } from './draft'
import { useReadsAs } from './reads-as'

type Question = ScenarioModule['questions'][number]

interface Props {
  question: Question
  /** The question's path in the scenario, such as `modules[0].questions[1]`. */
  at: string
  error: ErrorAt
  update: (recipe: (question: Question) => void) => void
}

export function QuestionFields({ question, at, error, update }: Props) {
  const t = useT()
  const readsAs = useReadsAs()
  return (
    <div className="form-grid">
      <TextField wide multiline label={t('editor.field.question')} hint={readsAs(question.text)} value={question.text} error={error(`${at}.text`)} onChange={(v) => update((q) => void (q.text = v))} />
      <TextField label={t('editor.field.discipline')} value={question.discipline ?? ''} onChange={(v) => update((q) => void (q.discipline = v))} />
    </div>
  )
}
