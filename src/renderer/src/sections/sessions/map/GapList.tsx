// The gap panel: every need with a gap, most urgent first, each reason in words, and on request
// the inventory resources that would close it, addable and linked in one step.
import { describeReason, type NeedAssessment } from '../../../../../shared/exercise/gaps'
import { areaNumberOf, type Need } from '../../../../../shared/scenario/schema'
import { call, errorMessage } from '../../../api/client'
import { URGENCY_LABELS } from '../../scenarios/labels'
import { useState } from 'react'

export function GapList({
  gaps,
  total,
  needOf,
  labelOf,
  resourceName,
  areaNumber,
  linkedResourceIds,
  ledNeedIds,
  onAddAndLink,
}: {
  gaps: readonly NeedAssessment[]
  total: number
  needOf: (needId: string) => Need | undefined
  labelOf: (needId: string) => string
  resourceName: (id: string) => string
  areaNumber: number
  linkedResourceIds: (needId: string) => string[]
  ledNeedIds: ReadonlySet<string>
  onAddAndLink: (needId: string, suggestion: SuggestionItem) => void
}) {
  return (
    <section aria-labelledby="gaps-title">
      <h3 id="gaps-title">
        Gaps ({gaps.length} of {total} needs)
      </h3>
      <ol className="gap-list">
        {gaps.map((gap) => {
          const need = needOf(gap.needId)
          return (
            <li key={gap.needId} className={`gap gap-${gap.urgency}`}>
              <strong>{labelOf(gap.needId)}</strong> <span className="muted">({URGENCY_LABELS[gap.urgency]})</span>
              <ul>
                {gap.reasons.map((reason, index) => (
                  <li key={index}>{describeReason(reason, resourceName)}</li>
                ))}
              </ul>
              {need && (
                <GapSuggestions
                  need={need}
                  areaNumber={areaNumber}
                  linkedResourceIds={linkedResourceIds(gap.needId)}
                  hasLead={ledNeedIds.has(gap.needId)}
                  onAddAndLink={(suggestion) => onAddAndLink(gap.needId, suggestion)}
                />
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

export type SuggestionItem = { resourceId: string; name: string; organizationName: string; closes: string[] }

const CLOSES_LABELS: Record<string, string> = {
  'no-resource': 'gives it a resource',
  'resource-paused': 'is active',
  'not-serving-area': 'serves the area',
  'not-at-that-time': 'is open at that time',
  'not-in-language': 'speaks the language',
  'capacity-short': 'has the capacity',
}

/** On request, inventory resources that would close this gap, each addable and linked in one step. */
function GapSuggestions({
  need,
  areaNumber,
  linkedResourceIds,
  hasLead,
  onAddAndLink,
}: {
  need: Need
  areaNumber: number
  linkedResourceIds: string[]
  hasLead: boolean
  onAddAndLink: (suggestion: SuggestionItem) => void
}) {
  const [suggestions, setSuggestions] = useState<SuggestionItem[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  const load = () => {
    call('exercise.suggest', {
      need: {
        id: need.id,
        category: need.category,
        areaNumber: areaNumberOf(need.communityArea) ?? areaNumber,
        when: need.when ?? '24/7',
        ...(need.languages?.[0] ? { language: need.languages[0] } : {}),
        ...(need.amount ? { amount: need.amount } : {}),
        urgency: need.urgency,
      },
      linkedResourceIds,
      hasLead,
    }).then(setSuggestions, (e: unknown) => setError(errorMessage(e)))
  }
  if (!suggestions) {
    return (
      <button type="button" className="button quiet small" onClick={load}>
        Suggest resources
      </button>
    )
  }
  if (error) return <p className="field-error">{error}</p>
  if (suggestions.length === 0) return <p className="muted small">The inventory has nothing that would close this gap.</p>
  return (
    <ul className="suggestions" aria-label="Suggested resources">
      {suggestions.map((suggestion) => (
        <li key={suggestion.resourceId}>
          <span>
            <strong>{suggestion.name}</strong> <span className="muted">{suggestion.organizationName}</span> —{' '}
            {suggestion.closes.map((c) => CLOSES_LABELS[c] ?? c).join(', ')}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => {
              onAddAndLink(suggestion)
              setSuggestions(undefined)
            }}
          >
            Add and link
          </button>
        </li>
      ))}
    </ul>
  )
}
