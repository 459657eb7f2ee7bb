// The prevention view: the needs of the scenario's pre-incident modules and whether the room has
// covered them — so an exercise is not all reaction.
import { describeReason, type NeedAssessment } from '../../../../../shared/exercise/gaps'
import type { Need } from '../../../../../shared/scenario/schema'
import { URGENCY_LABELS } from '../../scenarios/labels'

export function PreventionView({ needs, assessments, fill, resourceName }: { needs: Need[]; assessments: readonly NeedAssessment[]; fill: (text: string) => string; resourceName: (id: string) => string }) {
  const byNeed = new Map(assessments.map((a) => [a.needId, a]))
  const covered = needs.filter((n) => byNeed.get(n.id)?.covered).length
  return (
    <section aria-labelledby="prevention-title" className="prevention-view">
      <h3 id="prevention-title">Prevention ({covered} of {needs.length} covered)</h3>
      {needs.length === 0 ? (
        <p className="muted small">This scenario has no pre-incident module, so nothing here is prevention. Mark a module “Before (prevention)” in the scenario editor to see its needs here.</p>
      ) : (
        <ul className="prevention-list">
          {needs.map((need) => {
            const assessment = byNeed.get(need.id)
            return (
              <li key={need.id} className={assessment?.covered ? 'is-covered' : 'is-gap'}>
                <strong>{fill(need.description)}</strong> <span className="muted">({URGENCY_LABELS[need.urgency]})</span> — {assessment?.covered ? 'covered' : 'gap'}
                {assessment && !assessment.covered && (
                  <ul>
                    {assessment.reasons.map((reason, index) => (
                      <li key={index}>{describeReason(reason, resourceName)}</li>
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
