// Gives (or edits) the reason for an objective's rating; typing in one field is one undo step.
import { defineAction, gist } from './action'

export const explainRating = defineAction<{ objectiveId: string; objective: string; reason: string; edit?: string | undefined }>({
  name: 'explain-rating',
  label: ({ objective }) => ({ key: 'action.explainRating', values: { objective: gist(objective) } }),
  // `edit` names one visit of the field: all typed in it is one undo step.
  coalesce: ({ objectiveId, edit }) => (edit ? `edit:reason:${objectiveId}:${edit}` : `reason:${objectiveId}`),
  apply: (d, { objectiveId, reason }, { now }) => {
    const current = d.evaluations.find((e) => e.objectiveId === objectiveId)
    if (!current || current.reason === reason) return
    current.reason = reason
    current.at = now.toISOString()
  },
})
