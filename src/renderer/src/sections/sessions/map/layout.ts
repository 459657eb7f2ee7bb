// Auto-layout of the exercise map with ELK's layered algorithm: organizations on the left,
// resources in the middle, needs on the right, crossings kept down. The options trade a little
// polish for speed (one crossing-minimisation sweep, simple placement) so 1,000 nodes lay out in
// about a second, in a worker so the map never stalls.
import type { ElkNode } from 'elkjs/lib/elk-api'
import type { MapNodeKind } from '../../../../../shared/session/graph'

export interface LayoutRequest {
  id: number
  nodes: { id: string; kind: MapNodeKind; width: number; height: number }[]
  edges: { id: string; source: string; target: string }[]
}

export interface LayoutResult {
  id: number
  positions: Record<string, { x: number; y: number }>
  error?: string
}

/** What the worker needs of the map: each node's kind and size, and the links. */
export function layoutRequestOf(nodes: readonly { id: string; type?: string | undefined; width?: number | undefined; height?: number | undefined }[], edges: readonly { id: string; source: string; target: string }[]): Omit<LayoutRequest, 'id'> {
  return {
    nodes: nodes.map((n) => ({ id: n.id, kind: n.type as MapNodeKind, width: n.width ?? 0, height: n.height ?? 0 })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  }
}

export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  // Items nobody linked yet are packed in rows beside the linked ones, for a landscape screen.
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
}

const LAYER: Partial<Record<MapNodeKind, string>> = { organization: 'FIRST', need: 'LAST' }

export function elkGraphOf(request: LayoutRequest): ElkNode {
  const present = new Set(request.nodes.map((n) => n.id))
  return {
    id: 'map',
    layoutOptions: LAYOUT_OPTIONS,
    children: request.nodes.map((node) => ({
      id: node.id,
      width: node.width,
      height: node.height,
      ...(LAYER[node.kind] ? { layoutOptions: { 'elk.layered.layering.layerConstraint': LAYER[node.kind]! } } : {}),
    })),
    // Links between two organizations would pull one into another layer: leave them out.
    edges: request.edges
      .filter((e) => present.has(e.source) && present.has(e.target) && !(e.source.startsWith('organization:') && e.target.startsWith('organization:')))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  }
}

export function positionsOf(laidOut: ElkNode): Record<string, { x: number; y: number }> {
  const positions: Record<string, { x: number; y: number }> = {}
  for (const child of laidOut.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }
  return positions
}
