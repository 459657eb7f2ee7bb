// The exercise map as the session document holds it: items (needs, organizations, resources)
// named "kind:refId", the links the room may draw between kinds, and where items stand.
import type { SessionDocument } from './document'

export type MapNodeKind = SessionDocument['graph']['nodes'][number]['kind']
export type MapEdgeKind = SessionDocument['graph']['edges'][number]['kind']

export const nodeIdOf = (kind: MapNodeKind, refId: string): string => `${kind}:${refId}`
export const kindOfNodeId = (nodeId: string): MapNodeKind => nodeId.slice(0, nodeId.indexOf(':')) as MapNodeKind
export const refIdOf = (nodeId: string): string => nodeId.slice(nodeId.indexOf(':') + 1)

/** The links the room can draw from one kind of item to another; the first is the default. */
export function edgeKindsFor(from: MapNodeKind, to: MapNodeKind): MapEdgeKind[] {
  if (from === 'organization' && to === 'resource') return ['provides']
  if (from === 'resource' && to === 'need') return ['covers']
  if (from === 'organization' && to === 'need') return ['leads']
  if (from === 'organization' && to === 'organization') return ['coordinates', 'refers']
  return []
}

export interface ItemMove {
  id: string
  x: number
  y: number
}

/** Saves where items now are (an item the room has not placed yet gets its entry). */
export function placeNodes(d: SessionDocument, moves: readonly ItemMove[], pinned: boolean | undefined): void {
  const indexOf = new Map(d.graph.nodes.map((n, index) => [nodeIdOf(n.kind, n.refId), index]))
  for (const move of moves) {
    const kind = kindOfNodeId(move.id)
    const refId = refIdOf(move.id)
    const index = indexOf.get(move.id)
    const existing = index === undefined ? undefined : d.graph.nodes[index]
    if (existing) {
      existing.x = move.x
      existing.y = move.y
      if (pinned !== undefined) existing.pinned = pinned
    } else d.graph.nodes.push({ id: move.id, kind, refId, x: move.x, y: move.y, ...(pinned ? { pinned } : {}) })
  }
}
