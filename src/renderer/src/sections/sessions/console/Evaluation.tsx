// The evaluation: each objective rated P, S, M or U, with the reason why.
import { useId, useState } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { explainRating, rateObjective, type Rating } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'
import type { Perform } from '../use-session-document'

const RATINGS: readonly Rating[] = ['P', 'S', 'M', 'U']

export function Evaluation({ scenario, document, perform, fill }: { scenario: Scenario; document: SessionDocument; perform: Perform; fill: (text: string) => string }) {
  const t = useT()
  return (
    <section aria-labelledby="evaluation-title">
      <h3 id="evaluation-title">{t('console.evaluation.heading')}</h3>
      {scenario.overview.objectives.map((objective) => {
        const current = document.evaluations.find((e) => e.objectiveId === objective.id)
        const text = fill(objective.text)
        return (
          <fieldset key={objective.id} className="evaluation">
            <legend>{text}</legend>
            <div className="ratings">
              {RATINGS.map((rating) => (
                <label key={rating} className="checkbox" title={t('console.evaluation.rating', { rating })}>
                  <input
                    type="radio"
                    name={`rating-${objective.id}`}
                    checked={current?.rating === rating}
                    onChange={() => perform(rateObjective, { objectiveId: objective.id, objective: text, rating })}
                  />
                  {t('console.evaluation.rating', { rating })}
                </label>
              ))}
            </div>
            <EvaluationReason
              objectiveId={objective.id}
              value={current?.reason ?? ''}
              disabled={!current}
              onSave={(reason) => perform(explainRating, { objectiveId: objective.id, objective: text, reason })}
            />
          </fieldset>
        )
      })}
    </section>
  )
}

/** The reason is saved when the field loses focus (one change per edit, not per keystroke). */
function EvaluationReason({ objectiveId, value, disabled, onSave }: { objectiveId: string; value: string; disabled: boolean; onSave: (reason: string) => void }) {
  const t = useT()
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('console.evaluation.why', { objective: objectiveId })}</label>
      <input id={id} value={text} disabled={disabled} onChange={(e) => setText(e.target.value)} onBlur={() => text !== value && onSave(text)} />
    </div>
  )
}
