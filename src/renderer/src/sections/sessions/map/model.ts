// What the exercise map shows, worked out from the session document: nodes for the needs the
// room has reached, the organizations at the table and the resources it named; edges for what
// the room said links them; and each need's gap assessment. Pure: no React, no bridge.
import type { Edge, Node } from '@xyflow/react'
import type { Coverage, GapResource, Lead, NeedAssessment } from '../../../../../shared/exercise/gaps'
import type { Resource } from '../../../../../shared/exercise/resource'
import { assessSession } from '../../../../../shared/exercise/session-needs'
import type { Need, Scenario } from '../../../../../shared/scenario/schema'
import type { SessionDocument } from '../../../../../shared/session/document'
import { nodeIdOf, type MapEdgeKind, type MapNodeKind } from '../../../../../shared/session/graph'
import { fillVariables, type Participant } from '../../../../../shared/session/model'
import { defaultPosition, NODE_HEIGHT, NODE_WIDTH, type KindCounts } from '../../../../../shared/session/map-places'
import type { Language } from '../../../../../shared/i18n/catalog'
import { formatMessage } from '../../../../../shared/i18n/format'
import { currentLanguage } from '../../../i18n/language'
import type { Translate } from '../../../i18n/use-t'

export interface MapNodeData extends Record<string, unknown> {
  label: string
  /** The label's language when it is the scenario's own text (a need's description): it keeps it whatever the app speaks. */
  lang?: string | undefined
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

export { defaultPosition, NODE_HEIGHT, NODE_WIDTH } from '../../../../../shared/session/map-places'

/**
 * Where a new item goes: its usual place if nothing is there, else the nearest free place below
 * it in the same column, then in the columns to its right — never on top of another item.
 */
export function freeSpot(desired: { x: number; y: number }, occupied: readonly { x: number; y: number }[]): { x: number; y: number } {
  const overlaps = (x: number, y: number) => occupied.some((o) => Math.abs(o.x - x) < NODE_WIDTH + 20 && Math.abs(o.y - y) < NODE_HEIGHT + 10)
  for (let column = 0; column < 50; column++) {
    const x = desired.x + column * (NODE_WIDTH + 60)
    for (let row = 0; row < 50; row++) {
      const y = desired.y + row * (NODE_HEIGHT + 30)
      if (!overlaps(x, y)) return { x, y }
    }
  }
  return desired
}

/** What the map needs to know of a resource (an inventory service): the gap engine's facts and its names. */
export type MapService = GapResource & Pick<Resource, 'id' | 'name' | 'organizationName'>

export interface MapInput {
  scenario: Scenario
  variables: Readonly<Record<string, string>>
  participants: readonly Participant[]
  document: SessionDocument
  areaNumber: number
  services: ReadonlyMap<string, MapService>
  today: string
  /** The language of the labels (the app's unless told). */
  language?: Language
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

export function buildMapModel({ scenario, variables, participants, document, areaNumber, services, today, language = currentLanguage() }: MapInput): MapModel {
  const say: Translate = (key, values) => formatMessage(language, key, values)
  const fill = (text: string) => fillVariables(text, variables)
  const { needs, coverages, leads, assessments } = assessSession(scenario, document, areaNumber, services, today)
  const organizations = [...new Map(participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  const resourceIds = document.graph.nodes.filter((n) => n.kind === 'resource').map((n) => n.refId)
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
      ariaLabel: ariaLabelOf(kind, data, say),
    }
  }
  const nodes: MapNode[] = [
    ...organizations.map(([id, name], index) => node('organization', id, index, { label: name, detail: '' })),
    ...resourceIds.map((id, index) => {
      const service = services.get(id)
      return node('resource', id, index, { label: service?.name ?? say('common.loading'), detail: service?.organizationName ?? '', inactive: service ? service.status !== 'active' : undefined })
    }),
    ...needs.map((need, index) => {
      const assessment = assessmentOf.get(need.id)
      return node('need', need.id, index, {
        label: fill(need.description),
        lang: scenario.overview.language,
        detail: say('map.urgency', { urgency: need.urgency }),
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
      ariaLabel: say('map.linkSentence', { source: labelOf(e.source), kind: e.kind, target: labelOf(e.target) }),
    }))
  return { needs, nodes, edges, assessments, coverages, leads, resourceIds, labelOf }
}

function ariaLabelOf(kind: MapNodeKind, data: MapNodeData, say: Translate): string {
  const state = data.gap ? (data.gap.covered ? 'covered' : 'gap') : data.inactive ? 'inactive' : 'none'
  return say('map.node.aria', { kind, label: data.label, hasDetail: data.detail ? 'yes' : 'no', detail: data.detail, state, reasons: data.gap?.reasons ?? 0 })
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
    a.data.lang === b.data.lang &&
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

/** Where the map's items lie, as a key that changes only when that box does ("" for no items). */
export function extentKey(nodes: readonly { position: { x: number; y: number } }[]): string {
  if (nodes.length === 0) return ''
  const xs = nodes.map((n) => n.position.x)
  const ys = nodes.map((n) => n.position.y)
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].join(',')
}
