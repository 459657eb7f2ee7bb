// Where the exercise map's items stand before anyone moves them: the same places on screen, on
// the projector and in the report's picture of the map.
import type { MapNodeKind } from './graph'

/** Every node has this size, known before it is drawn, so the map culls from its first frame. */
export const NODE_WIDTH = 240
export const NODE_HEIGHT = 96
/** Rows in a column of the starting grid, before it wraps into the next column. */
const ROWS = 6

/** How many of each kind the map holds: the starting grid makes room for each. */
export interface KindCounts {
  organization: number
  resource: number
}

/**
 * Where a node starts before anyone moves it or arranges the map: organizations on the left,
 * then resources, then needs, each kind in columns of six so the map is wider than tall.
 */
export function defaultPosition(kind: MapNodeKind, index: number, counts: KindCounts): { x: number; y: number } {
  const columns = (n: number) => Math.max(1, Math.ceil(n / ROWS))
  const firstColumn = kind === 'organization' ? 0 : kind === 'resource' ? columns(counts.organization) : columns(counts.organization) + columns(counts.resource)
  const column = firstColumn + Math.floor(index / ROWS)
  return { x: column * (NODE_WIDTH + 60), y: (index % ROWS) * (NODE_HEIGHT + 30) }
}
