// Rates how the room did on an objective (P, S, M or U), keeping any reason already given.
import type { SessionDocument } from '../document'
import { defineAction, gist } from './action'

export type Rating = SessionDocument['evaluations'][number]['rating']

export const rateObjective = defineAction<{ objectiveId: string; objective: string; rating: Rating }>({
  name: 'rate-objective',
  label: ({ objective, rating }) => ({ key: 'action.rateObjective', values: { objective: gist(objective), rating } }),
  apply: (d, { objectiveId, rating }, { now }) => {
    const current = d.evaluations.find((e) => e.objectiveId === objectiveId)
    if (current) {
      if (current.rating === rating) return
      current.rating = rating
      current.at = now.toISOString()
    } else d.evaluations.push({ objectiveId, rating, reason: '', at: now.toISOString() })
  },
})
