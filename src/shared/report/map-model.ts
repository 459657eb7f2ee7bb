// The session's map as the report draws it: the same items as on screen (organizations at the
// table, resources named, needs reached) where the room left them, each with a short code (O1, R1,
// N1) the picture prints large and the key beside it spells out; each link with its kind.
import { needsReached } from '../exercise/session-needs'
import { defaultPosition, type KindCounts } from '../session/map-places'
import { nodeIdOf, type MapNodeKind } from '../session/graph'
import type { ReportInput } from './input'

export interface ReportMapNode {
  id: string
  kind: MapNodeKind
  code: string
  label: string
  x: number
  y: number
  gap: boolean
}

export interface ReportMap {
  nodes: ReportMapNode[]
  edges: { source: string; target: string; kind: string }[]
}

const CODE_LETTER: Record<MapNodeKind, string> = { organization: 'O', resource: 'R', need: 'N' }

export function reportMap(input: ReportInput, words: { needLabel: (needId: string) => string }): ReportMap {
  const { document, snapshot } = input
  const organizations = [...new Map(input.participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  const resourceNames = new Map(snapshot.resources.map((r) => [r.id, r.name]))
  const resourceIds = document.graph.nodes.filter((n) => n.kind === 'resource').map((n) => n.refId)
  const needs = needsReached(input.scenario, document.currentModuleId)
  const open = new Set(snapshot.assessments.filter((a) => !a.covered).map((a) => a.needId))
  const placed = new Map(document.graph.nodes.map((n) => [nodeIdOf(n.kind, n.refId), n]))
  const counts: KindCounts = { organization: organizations.length, resource: resourceIds.length }
  const node = (kind: MapNodeKind, refId: string, index: number, label: string): ReportMapNode => {
    const id = nodeIdOf(kind, refId)
    const at = placed.get(id) ?? defaultPosition(kind, index, counts)
    return { id, kind, code: `${CODE_LETTER[kind]}${index + 1}`, label, x: at.x, y: at.y, gap: kind === 'need' && open.has(refId) }
  }
  const nodes = [
    ...organizations.map(([id, name], index) => node('organization', id, index, name)),
    ...resourceIds.map((id, index) => node('resource', id, index, resourceNames.get(id) ?? '')),
    ...needs.map((need, index) => node('need', need.id, index, words.needLabel(need.id))),
  ]
  const present = new Set(nodes.map((n) => n.id))
  const edges = document.graph.edges.filter((e) => present.has(e.source) && present.has(e.target)).map((e) => ({ source: e.source, target: e.target, kind: e.kind }))
  return { nodes, edges }
}
