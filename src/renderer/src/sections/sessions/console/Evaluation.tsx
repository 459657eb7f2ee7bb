// The evaluation: each objective rated P, S, M or U, with the reason why.
import { useId, useRef, useState } from 'react'
import { useDebouncedCommit } from '../../../lib/use-debounced-commit'
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
      {scenario.overview.objectives.map((objective, index) => {
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
              number={index + 1}
              value={current?.reason ?? ''}
              disabled={!current}
              onSave={(reason, edit) => perform(explainRating, { objectiveId: objective.id, objective: text, reason, edit })}
            />
          </fieldset>
        )
      })}
    </section>
  )
}

/**
 * The reason is saved as it is typed (after a pause, and at once when the field is left); all
 * typed in one visit of the field is one undo step.
 */
function EvaluationReason({ number, value, disabled, onSave }: { number: number; value: string; disabled: boolean; onSave: (reason: string, edit: string) => void }) {
  const t = useT()
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  const edit = useRef(0)
  const [sent, setSent] = useState(value)
  const { schedule, flush } = useDebouncedCommit((reason: string) => {
    setSent(reason)
    onSave(reason, String(edit.current))
  })
  if (value !== shown) {
    // The saved reason changed: by our own typing (keep the field, which may be further on), or
    // by Undo, Redo or another change (show it).
    setShown(value)
    if (value !== sent) setText(value)
  }
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('console.evaluation.why', { number })}</label>
      <input
        id={id}
        value={text}
        disabled={disabled}
        onFocus={() => void (edit.current += 1)}
        onChange={(e) => {
          setText(e.target.value)
          schedule(e.target.value)
        }}
        onBlur={flush}
      />
    </div>
  )
}
