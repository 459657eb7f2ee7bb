// The facilitator's word on a link between a resource and a need of another category: it counts
// for the need (a referral line the room agrees can do the counseling) or it does not.
import { defineAction } from './action'

export const countLink = defineAction<{ edgeId: string; counts: boolean }>({
  name: 'count-link',
  label: ({ counts }) => ({ key: 'action.countLink', values: { counts: counts ? 'yes' : 'no' } }),
  apply: (d, { edgeId, counts }) => {
    const edge = d.graph.edges.find((e) => e.id === edgeId)
    if (!edge || edge.kind !== 'covers') return
    if (counts) edge.counts = true
    else delete edge.counts
  },
})
