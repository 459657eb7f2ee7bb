// Says what a covers link commits: an amount in the need's unit, and the hours it is for.
import { defineAction } from './action'

export const commitLink = defineAction<{ edgeId: string; amount?: number | undefined; when?: string | undefined }>({
  name: 'commit-link',
  label: () => ({ key: 'action.commitLink' }),
  coalesce: ({ edgeId }) => `commit:${edgeId}`,
  apply: (d, { edgeId, amount, when }) => {
    const edge = d.graph.edges.find((e) => e.id === edgeId)
    if (!edge) return
    if (amount === undefined) delete edge.amount
    else edge.amount = amount
    if (when === undefined) delete edge.when
    else edge.when = when
  },
})
