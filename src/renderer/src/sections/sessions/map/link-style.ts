// How each kind of link is drawn: its own dash pattern and, where the link points at something,
// its own end, so that no two kinds differ by colour or thickness alone (a printout, a washed-out
// projector, a reader who does not tell the colours apart). The map and its legend draw from here.
import type { MapEdgeKind } from '../../../../../shared/session/graph'

/** The shape at the end of a link, where it points. */
export type LinkEnd = 'arrow' | 'open-arrow' | 'diamond'

export interface LinkStyle {
  /** The SVG stroke-dasharray in map pixels; 'none' draws a solid line. */
  dash: string
  /** Round caps turn the shortest dashes into dots. */
  cap: 'butt' | 'round'
  /** Nothing for a link with no end to point at (provides, coordinates with). */
  end: LinkEnd | undefined
}

const LINK_STYLES: Readonly<Record<MapEdgeKind, LinkStyle>> = {
  // The organization's own resource: a plain line.
  provides: { dash: 'none', cap: 'butt', end: undefined },
  // What the room committed to a need: long dashes pointing at the need they cover.
  covers: { dash: '14 6', cap: 'butt', end: 'arrow' },
  // The organization in charge of a need: dash, dot, dot, and a diamond at the need.
  leads: { dash: '14 4 2 4 2 4', cap: 'butt', end: 'diamond' },
  // Two organizations working together, neither pointing at the other: dots.
  coordinates: { dash: '0.5 6', cap: 'round', end: undefined },
  // One organization sending people to another: dash, dot, and an open arrow at the other.
  refers: { dash: '14 4 2 4', cap: 'butt', end: 'open-arrow' },
}

export function linkStyleOf(kind: MapEdgeKind): LinkStyle {
  return LINK_STYLES[kind]
}

/** The id of the SVG marker that ends this kind of link (one per kind, in its colour). */
export function linkEndId(kind: MapEdgeKind): string {
  return `map-link-end-${kind}`
}

/** The SVG attributes that draw this kind of link's line and end (a link on the map, a line in the legend). */
export function linkStroke(kind: MapEdgeKind): { strokeDasharray: string; strokeLinecap: LinkStyle['cap']; markerEnd?: string } {
  const { dash, cap, end } = linkStyleOf(kind)
  return { strokeDasharray: dash, strokeLinecap: cap, ...(end ? { markerEnd: `url(#${linkEndId(kind)})` } : {}) }
}
