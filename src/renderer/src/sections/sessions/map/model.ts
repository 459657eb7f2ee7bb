// What the exercise map shows, worked out from the session document: nodes for the needs the
// room has reached, the organizations at the table and the resources it named; edges for what
// the room said links them; and each need's gap assessment. Pure: no React, no bridge.
import type { Edge, Node } from '@xyflow/react'
import { analyzeGaps, type Coverage, type GapNeed, type GapResource, type Lead, type NeedAssessment } from '../../../../../shared/exercise/gaps'
import { parseSchedule } from '../../../../../shared/inventory/schedule'
import { areaNumberOf, type Need, type Scenario } from '../../../../../shared/scenario/schema'
import type { SessionDocument } from '../../../../../shared/session/document'
import { fillVariables, type Participant } from '../../../../../shared/session/model'

export type MapNodeKind = SessionDocument['graph']['nodes'][number]['kind']
export type MapEdgeKind = SessionDocument['graph']['edges'][number]['kind']

export interface MapNodeData extends Record<string, unknown> {
  label: string
  /** A second line: the organization of a resource, the urgency of a need. */
  detail: string
  /** A need's state: a gap (with how many reasons) or covered. */
  gap?: { covered: boolean; reasons: number } | undefined
  /** A resource that is not active. */
  inactive?: boolean | undefined
}
export type MapNode = Node<MapNodeData, MapNodeKind>

export interface MapEdgeData extends Record<string, unknown> {
  kind: MapEdgeKind
  /** What a covers link commits, in words ("4, Sat 20:00-02:00"); empty when the room said nothing. */
  commitment: string
}
export type MapEdge = Edge<MapEdgeData, 'link'>

/** Every node has this size, known before it is drawn, so the map culls from its first frame. */
export const NODE_WIDTH = 240
export const NODE_HEIGHT = 96

export const KIND_LABELS: Record<MapNodeKind, string> = { need: 'Need', organization: 'Organization', resource: 'Resource' }
export const EDGE_LABELS: Record<MapEdgeKind, string> = { provides: 'provides', covers: 'covers', refers: 'refers to', coordinates: 'coordinates with', leads: 'leads' }

export const nodeIdOf = (kind: MapNodeKind, refId: string): string => `${kind}:${refId}`
export const kindOfNodeId = (nodeId: string): MapNodeKind => nodeId.slice(0, nodeId.indexOf(':')) as MapNodeKind
export const refIdOf = (nodeId: string): string => nodeId.slice(nodeId.indexOf(':') + 1)

/** The links the room can draw from one kind of node to another; the first is the default. */
export function edgeKindsFor(from: MapNodeKind, to: MapNodeKind): MapEdgeKind[] {
  if (from === 'organization' && to === 'resource') return ['provides']
  if (from === 'resource' && to === 'need') return ['covers']
  if (from === 'organization' && to === 'need') return ['leads']
  if (from === 'organization' && to === 'organization') return ['coordinates', 'refers']
  return []
}

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

/** What the map needs to know of an inventory service. */
export interface MapService extends GapResource {
  name: string
  organizationName: string
}

export interface MapInput {
  scenario: Scenario
  variables: Readonly<Record<string, string>>
  participants: readonly Participant[]
  document: SessionDocument
  areaNumber: number
  services: ReadonlyMap<string, MapService>
  today: string
}

export interface MapModel {
  /** The needs of the modules reached so far. */
  needs: Need[]
  nodes: MapNode[]
  edges: MapEdge[]
  /** Gaps first, most urgent first; covered needs last. */
  assessments: NeedAssessment[]
  coverages: Coverage[]
  leads: Lead[]
  resourceIds: string[]
  labelOf: (nodeId: string) => string
}

/** A scenario need as the gap engine reads it. */
export function gapNeedOf(need: Need, sessionAreaNumber: number): GapNeed {
  const when = parseSchedule(need.when)
  return {
    id: need.id,
    category: need.category,
    areaNumber: areaNumberOf(need.communityArea) ?? sessionAreaNumber,
    when: when.ok ? when.value : { kind: 'always' },
    language: need.language,
    amount: need.amount,
    urgency: need.urgency,
  }
}

/**
 * The needs on the map: those of the modules up to the current one (the room has not reached
 * the later ones), and always those of pre-incident modules, so prevention stays in view.
 */
export function needsReached(scenario: Scenario, currentModuleId: string | undefined): Need[] {
  const index = Math.max(0, scenario.modules.findIndex((m) => m.id === currentModuleId))
  return scenario.modules.filter((m, i) => i <= index || m.phase === 'pre-incident').flatMap((m) => m.needs)
}

/** The needs of the scenario's pre-incident modules: the prevention view. */
export function preventionNeeds(scenario: Scenario): Need[] {
  return scenario.modules.filter((m) => m.phase === 'pre-incident').flatMap((m) => m.needs)
}

export function coveragesOf(document: SessionDocument): Coverage[] {
  return document.graph.edges
    .filter((e) => e.kind === 'covers')
    .map((e) => {
      const when = e.when ? parseSchedule(e.when) : undefined
      return { resourceId: refIdOf(e.source), needId: refIdOf(e.target), amount: e.amount, when: when?.ok ? when.value : undefined }
    })
}

export function leadsOf(document: SessionDocument): Lead[] {
  return document.graph.edges.filter((e) => e.kind === 'leads').map((e) => ({ organizationId: refIdOf(e.source), needId: refIdOf(e.target) }))
}

export function buildMapModel({ scenario, variables, participants, document, areaNumber, services, today }: MapInput): MapModel {
  const fill = (text: string) => fillVariables(text, variables)
  const needs = needsReached(scenario, document.currentModuleId)
  const organizations = [...new Map(participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  const resourceIds = document.graph.nodes.filter((n) => n.kind === 'resource').map((n) => n.refId)
  const coverages = coveragesOf(document)
  const leads = leadsOf(document)
  const assessments = analyzeGaps(
    needs.map((need) => gapNeedOf(need, areaNumber)),
    coverages,
    leads,
    services,
    { today },
  )
  const assessmentOf = new Map(assessments.map((a) => [a.needId, a]))

  const counts: KindCounts = { organization: organizations.length, resource: resourceIds.length }
  const placed = new Map(document.graph.nodes.map((n) => [nodeIdOf(n.kind, n.refId), n]))
  const node = (kind: MapNodeKind, refId: string, index: number, data: MapNodeData): MapNode => {
    const id = nodeIdOf(kind, refId)
    const saved = placed.get(id)
    return {
      id,
      type: kind,
      position: saved ? { x: saved.x, y: saved.y } : defaultPosition(kind, index, counts),
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data,
      ariaLabel: ariaLabelOf(kind, data),
    }
  }
  const nodes: MapNode[] = [
    ...organizations.map(([id, name], index) => node('organization', id, index, { label: name, detail: '' })),
    ...resourceIds.map((id, index) => {
      const service = services.get(id)
      return node('resource', id, index, { label: service?.name ?? 'Loading…', detail: service?.organizationName ?? '', inactive: service ? service.status !== 'active' : undefined })
    }),
    ...needs.map((need, index) => {
      const assessment = assessmentOf.get(need.id)
      return node('need', need.id, index, {
        label: fill(need.description),
        detail: `${need.urgency[0]!.toUpperCase()}${need.urgency.slice(1)} urgency`,
        gap: { covered: assessment?.covered ?? false, reasons: assessment?.reasons.length ?? 0 },
      })
    }),
  ]
  const labels = new Map(nodes.map((n) => [n.id, n.data.label]))
  const labelOf = (nodeId: string) => labels.get(nodeId) ?? nodeId
  const present = new Set(labels.keys())
  const edges: MapEdge[] = document.graph.edges
    .filter((e) => present.has(e.source) && present.has(e.target))
    .map((e) => ({
      id: e.id,
      type: 'link',
      source: e.source,
      target: e.target,
      data: { kind: e.kind, commitment: [e.amount !== undefined ? String(e.amount) : '', e.when ?? ''].filter(Boolean).join(', ') },
      ariaLabel: `${labelOf(e.source)} ${EDGE_LABELS[e.kind]} ${labelOf(e.target)}`,
    }))
  return { needs, nodes, edges, assessments, coverages, leads, resourceIds, labelOf }
}

function ariaLabelOf(kind: MapNodeKind, data: MapNodeData): string {
  const state = data.gap ? (data.gap.covered ? ', covered' : `, gap: ${data.gap.reasons} ${data.gap.reasons === 1 ? 'reason' : 'reasons'}`) : data.inactive ? ', not active' : ''
  return `${KIND_LABELS[kind]}: ${data.label}${data.detail ? ` (${data.detail})` : ''}${state}`
}

/**
 * Keeps the object of every node (or link) whose content did not change, so React Flow and
 * memoized nodes skip them (the performance guide's first rule at 1,000 nodes); a changed one
 * keeps what React Flow added to it (selection, measured size).
 */
export function keepUnchanged<T extends { id: string; selected?: boolean; className?: string }>(previous: ReadonlyMap<string, T>, next: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return next.map((item) => {
    const before = previous.get(item.id)
    if (!before) return item
    if (same(before, item)) return before
    return { ...before, ...item, className: item.className, selected: before.selected }
  })
}

export function sameNode(a: MapNode, b: MapNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.className === b.className &&
    a.ariaLabel === b.ariaLabel &&
    a.data.label === b.data.label &&
    a.data.detail === b.data.detail &&
    a.data.inactive === b.data.inactive &&
    a.data.gap?.covered === b.data.gap?.covered &&
    a.data.gap?.reasons === b.data.gap?.reasons
  )
}

export function sameEdge(a: MapEdge, b: MapEdge): boolean {
  return a.source === b.source && a.target === b.target && a.className === b.className && a.ariaLabel === b.ariaLabel && a.data?.kind === b.data?.kind && a.data?.commitment === b.data?.commitment
}

/** A node and everything linked to it directly: what "focus" shows. */
export function neighbourhoodOf(nodeId: string, edges: readonly { source: string; target: string }[]): Set<string> {
  const around = new Set([nodeId])
  for (const edge of edges) {
    if (edge.source === nodeId) around.add(edge.target)
    if (edge.target === nodeId) around.add(edge.source)
  }
  return around
}

/** Saves where nodes now are (a node the room has not placed yet gets its entry). */
export function placeNodes(d: SessionDocument, moves: readonly { id: string; x: number; y: number }[], pinned: boolean | undefined): void {
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
