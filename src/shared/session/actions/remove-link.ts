// Takes a link off the map.
import { defineAction } from './action'
import { linkLabelValues, type LinkEnds } from './link-items'

export const removeLink = defineAction<LinkEnds & { edgeId: string }>({
  name: 'remove-link',
  label: (link) => ({ key: 'action.removeLink', values: linkLabelValues(link) }),
  apply: (d, { edgeId }) => {
    const index = d.graph.edges.findIndex((e) => e.id === edgeId)
    if (index >= 0) d.graph.edges.splice(index, 1)
  },
})
