// Links two items as the room says: provides, covers, leads, coordinates with, refers to.
// The same link twice is one link.
import type { MapEdgeKind } from '../graph'
import { defineAction, gist } from './action'

export interface LinkEnds {
  source: string
  target: string
  kind: MapEdgeKind
  sourceName: string
  targetName: string
}

export const linkLabelValues = ({ kind, sourceName, targetName }: LinkEnds) => ({ kind, source: gist(sourceName, 40), target: gist(targetName, 40) })

export const linkItems = defineAction<LinkEnds>({
  name: 'link-items',
  label: (link) => ({ key: 'action.linkItems', values: linkLabelValues(link) }),
  apply: (d, { source, target, kind }, { newId }) => {
    if (d.graph.edges.some((e) => e.source === source && e.target === target)) return
    d.graph.edges.push({ id: newId(), kind, source, target })
  },
})
