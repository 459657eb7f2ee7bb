// The prevention view: the needs of the scenario's pre-incident modules and whether the room has
// covered them — so an exercise is not all reaction.
import type { NeedAssessment } from '../../../../../shared/exercise/gaps'
import { reasonMessage, word } from '../../../../../shared/exercise/reason-words'
import type { Need } from '../../../../../shared/scenario/schema'
import { useT } from '../../../i18n/use-t'
import { useReasonWords } from './use-reason-words'

export function PreventionView({ needs, assessments, fill, resourceName }: { needs: Need[]; assessments: readonly NeedAssessment[]; fill: (text: string) => string; resourceName: (id: string) => string }) {
  const t = useT()
  const words = useReasonWords(resourceName)
  const byNeed = new Map(assessments.map((a) => [a.needId, a]))
  const covered = needs.filter((n) => byNeed.get(n.id)?.covered).length
  return (
    <section aria-labelledby="prevention-title" className="prevention-view">
      <h3 id="prevention-title">{t('prevention.heading', { covered, total: needs.length })}</h3>
      {needs.length === 0 ? (
        <p className="muted small">{t('prevention.none')}</p>
      ) : (
        <ul className="prevention-list">
          {needs.map((need) => {
            const assessment = byNeed.get(need.id)
            return (
              <li key={need.id} className={assessment?.covered ? 'is-covered' : 'is-gap'}>
                <strong>{fill(need.description)}</strong> <span className="muted">({t('urgency', { urgency: need.urgency })})</span> — {t('prevention.state', { covered: assessment?.covered ? 'yes' : 'no' })}
                {assessment && !assessment.covered && (
                  <ul>
                    {assessment.reasons.map((reason, index) => (
                      <li key={index}>{word(reasonMessage(reason, words), words)}</li>
                    ))}
                  </ul>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
