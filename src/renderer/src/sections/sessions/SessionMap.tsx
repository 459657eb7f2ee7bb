// The exercise map: needs of the modules the room has reached, the organizations at the table
// and the inventory resources the room names, linked as they talk — with the gaps beside it.
import '@xyflow/react/dist/style.css'
import { Background, Controls, Handle, MiniMap, Position, ReactFlow, type Connection, type Edge, type Node, type NodeProps } from '@xyflow/react'
import { memo, useEffect, useId, useMemo, useState } from 'react'
import { analyzeGaps, describeReason, type GapNeed, type GapResource } from '../../../../shared/exercise/gaps'
import type { ServiceListItem } from '../../../../shared/inventory/model'
import { parseSchedule } from '../../../../shared/inventory/schedule'
import { areaNumberOf, type Scenario } from '../../../../shared/scenario/schema'
import type { SessionDocument } from '../../../../shared/session/document'
import { fillVariables, type Participant } from '../../../../shared/session/model'
import { call } from '../../api/client'
import { URGENCY_LABELS } from '../scenarios/labels'

type Kind = 'need' | 'organization' | 'resource'
type MapNodeData = { label: string; kind: Kind; detail: string; gap: 'gap' | 'covered' | undefined }
type MapNode = Node<MapNodeData, 'item'>
type EdgeKind = SessionDocument['graph']['edges'][number]['kind']

const EDGE_LABELS: Record<EdgeKind, string> = { provides: 'provides', covers: 'covers', refers: 'refers to', coordinates: 'coordinates with', leads: 'leads' }

/** Which link two kinds of node make, in the direction the room says it. */
export function edgeKindFor(from: Kind, to: Kind): EdgeKind | undefined {
  if (from === 'organization' && to === 'resource') return 'provides'
  if (from === 'resource' && to === 'need') return 'covers'
  if (from === 'organization' && to === 'need') return 'leads'
  if (from === 'organization' && to === 'organization') return 'coordinates'
  return undefined
}

const ItemNode = memo(function ItemNode({ data }: NodeProps<MapNode>) {
  return (
    <div className={`map-node map-${data.kind}${data.gap ? ` map-${data.gap}` : ''}`}>
      <Handle type="target" position={Position.Left} />
      <span className="map-kind">{data.kind === 'need' ? (data.gap === 'gap' ? 'Need — gap' : 'Need — covered') : data.kind === 'organization' ? 'Organization' : 'Resource'}</span>
      <strong>{data.label}</strong>
      {data.detail && <span className="map-detail">{data.detail}</span>}
      <Handle type="source" position={Position.Right} />
    </div>
  )
})

const nodeTypes = { item: ItemNode }
export const MapNodeTypes = nodeTypes

interface Props {
  scenario: Scenario
  variables: Record<string, string>
  participants: readonly Participant[]
  document: SessionDocument
  areaNumber: number
  change: (label: string, recipe: (draft: SessionDocument) => void) => void
}

export function SessionMap({ scenario, variables, participants, document, areaNumber, change }: Props) {
  const { needs, nodes, edges, assessments, coverages, leads, services, resourceIds } = useMapModel({ scenario, variables, participants, document, areaNumber })
  const kindOf = (nodeId: string) => nodeId.split(':')[0] as Kind

  const connect = (from: string, to: string) => {
    const kind = edgeKindFor(kindOf(from), kindOf(to))
    if (!kind || document.graph.edges.some((e) => e.source === from && e.target === to)) return
    change(`Link ${kind}`, (d) => void d.graph.edges.push({ id: `edge-${Date.now().toString(36)}-${d.graph.edges.length}`, kind, source: from, target: to }))
  }
  const gaps = assessments.filter((a) => !a.covered)
  const label = (nodeId: string) => nodes.find((n) => n.id === nodeId)?.data.label ?? nodeId

  return (
    <section className="session-map" aria-labelledby="map-title">
      <h2 id="map-title">Map and gaps</h2>
      <div className="map-layout">
        <div className="map-canvas" aria-label="Map of needs, organizations and resources">
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            fitView
            minZoom={0.2}
            onConnect={(connection: Connection) => connection.source && connection.target && connect(connection.source, connection.target)}
            onNodeDragStop={(_event, node) => {
              const [kind, ...rest] = node.id.split(':')
              const refId = rest.join(':')
              change('Move node', (d) => {
                const existing = d.graph.nodes.find((n) => n.kind === kind && n.refId === refId)
                if (existing) {
                  existing.x = Math.round(node.position.x)
                  existing.y = Math.round(node.position.y)
                } else d.graph.nodes.push({ id: node.id, kind: kind as Kind, refId, x: Math.round(node.position.x), y: Math.round(node.position.y) })
              })
            }}
          >
            <Background />
            <MiniMap pannable zoomable />
            <Controls />
          </ReactFlow>
        </div>
        <aside className="map-side">
          <AddResource
            areaNumber={areaNumber}
            present={new Set(resourceIds)}
            onAdd={(service) =>
              change(`Add ${service.name}`, (d) => void d.graph.nodes.push({ id: nodeIdOf('resource', service.id), kind: 'resource', refId: service.id, x: 320, y: resourceIds.length * 160 }))
            }
          />
          <LinkForm nodes={nodes.map((n) => ({ id: n.id, label: n.data.label, kind: n.data.kind }))} onLink={connect} />
          <section aria-labelledby="gaps-title">
            <h3 id="gaps-title">
              Gaps ({gaps.length} of {assessments.length} needs)
            </h3>
            <ol className="gap-list">
              {gaps.map((gap) => (
                <li key={gap.needId} className={`gap gap-${gap.urgency}`}>
                  <strong>{label(nodeIdOf('need', gap.needId))}</strong> <span className="muted">({URGENCY_LABELS[gap.urgency]})</span>
                  <ul>
                    {gap.reasons.map((reason, index) => (
                      <li key={index}>{describeReason(reason, (id) => services.get(id)?.name ?? id)}</li>
                    ))}
                  </ul>
                  <GapSuggestions
                    need={needs.find((n) => n.id === gap.needId)!}
                    areaNumber={areaNumber}
                    linkedResourceIds={coverages.filter((c) => c.needId === gap.needId).map((c) => c.resourceId)}
                    hasLead={leads.some((l) => l.needId === gap.needId)}
                    onAddAndLink={(suggestion) =>
                      change(`Add and link ${suggestion.name}`, (d) => {
                        const resourceNode = nodeIdOf('resource', suggestion.resourceId)
                        if (!d.graph.nodes.some((n) => n.id === resourceNode)) {
                          d.graph.nodes.push({ id: resourceNode, kind: 'resource', refId: suggestion.resourceId, x: 320, y: d.graph.nodes.filter((n) => n.kind === 'resource').length * 160 })
                        }
                        d.graph.edges.push({ id: `edge-${Date.now().toString(36)}-${d.graph.edges.length}`, kind: 'covers', source: resourceNode, target: nodeIdOf('need', gap.needId) })
                      })
                    }
                  />
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </section>
  )
}

export const nodeIdOf = (kind: Kind, refId: string) => `${kind}:${refId}`

/** What the map shows for a session document: nodes, edges and each need's assessment. */
export function useMapModel({ scenario, variables, participants, document, areaNumber }: Omit<Props, 'change'>) {
  const fill = (text: string) => fillVariables(text, variables)
  const moduleIndex = Math.max(0, scenario.modules.findIndex((m) => m.id === document.currentModuleId))
  const needs = scenario.modules.slice(0, moduleIndex + 1).flatMap((m) => m.needs)
  const organizations = [...new Map(participants.filter((p) => p.organizationId).map((p) => [p.organizationId!, p.organizationName])).entries()]
  const resourceIds = document.graph.nodes.filter((n) => n.kind === 'resource').map((n) => n.refId)
  const services = useServices(resourceIds)

  const gapNeeds: GapNeed[] = needs.map((need) => {
    const when = parseSchedule(need.when)
    return {
      id: need.id,
      category: need.category,
      areaNumber: areaNumberOf(need.communityArea) ?? areaNumber,
      when: when.ok ? when.value : { kind: 'always' },
      language: need.language,
      amount: need.amount,
      urgency: need.urgency,
    }
  })
  const coverages = document.graph.edges
    .filter((e) => e.kind === 'covers')
    .map((e) => ({ resourceId: e.source.replace(/^resource:/, ''), needId: e.target.replace(/^need:/, ''), ...(e.amount !== undefined ? { amount: e.amount } : {}) }))
  const leads = document.graph.edges.filter((e) => e.kind === 'leads').map((e) => ({ organizationId: e.source.replace(/^organization:/, ''), needId: e.target.replace(/^need:/, '') }))
  const resources = new Map<string, GapResource>([...services.values()].map((s) => [s.id, s]))
  const assessments = analyzeGaps(gapNeeds, coverages, leads, resources, { today: new Date().toISOString().slice(0, 10) })
  const assessmentOf = new Map(assessments.map((a) => [a.needId, a]))

  const placed = new Map(document.graph.nodes.map((n) => [`${n.kind}:${n.refId}`, n]))
  const position = (kind: Kind, refId: string, index: number) => {
    const saved = placed.get(nodeIdOf(kind, refId))
    if (saved) return { x: saved.x, y: saved.y }
    const column = kind === 'organization' ? 0 : kind === 'resource' ? 320 : 640
    return { x: column, y: index * 160 }
  }
  const nodes: MapNode[] = [
    ...organizations.map(([id, name], index) => ({ id: nodeIdOf('organization', id), type: 'item' as const, position: position('organization', id, index), data: { label: name, kind: 'organization' as const, detail: '', gap: undefined } })),
    ...resourceIds.map((id, index) => {
      const service = services.get(id)
      return { id: nodeIdOf('resource', id), type: 'item' as const, position: position('resource', id, index), data: { label: service?.name ?? 'Loading…', kind: 'resource' as const, detail: service?.organizationName ?? '', gap: undefined } }
    }),
    ...needs.map((need, index) => ({
      id: nodeIdOf('need', need.id),
      type: 'item' as const,
      position: position('need', need.id, index),
      data: { label: fill(need.description), kind: 'need' as const, detail: URGENCY_LABELS[need.urgency], gap: assessmentOf.get(need.id)?.covered ? ('covered' as const) : ('gap' as const) },
    })),
  ]
  const edges: Edge[] = document.graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, label: EDGE_LABELS[e.kind] + (e.amount !== undefined ? ` (${e.amount})` : '') }))
  return { needs, nodes, edges, assessments, coverages, leads, services, resourceIds }
}

/** Inventory services by id, fetched once each for the resources on the map. */
function useServices(ids: readonly string[]): Map<string, ServiceListItem> {
  const [services, setServices] = useState<Map<string, ServiceListItem>>(new Map())
  const key = ids.join(',')
  useEffect(() => {
    const missing = ids.filter((id) => !services.has(id))
    if (missing.length === 0) return
    Promise.all(missing.map((id) => call('inventory.getService', { id }).then((service) => ({ service }), () => undefined))).then((results) => {
      setServices((previous) => {
        const next = new Map(previous)
        for (const result of results) if (result) next.set(result.service.id, { ...result.service, organizationName: '' })
        return next
      })
    })
    // Fetch when the set of ids changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return services
}

function AddResource({ areaNumber, present, onAdd }: { areaNumber: number; present: ReadonlySet<string>; onAdd: (service: ServiceListItem) => void }) {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<ServiceListItem[]>([])
  const id = useId()
  useEffect(() => {
    let live = true
    call('inventory.listServices', { query, areaNumber, status: 'active', limit: 8 }).then((page) => live && setResults(page.items), () => undefined)
    return () => {
      live = false
    }
  }, [query, areaNumber])
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a resource from the inventory</h3>
      <label htmlFor={id}>Search resources in this area</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="resource-results">
        {results.map((service) => (
          <li key={service.id}>
            <button type="button" className="button quiet" disabled={present.has(service.id)} onClick={() => onAdd(service)} aria-label={`Add ${service.name} (${service.organizationName}) to the map`}>
              + {service.name} <span className="muted">{service.organizationName}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Linking without a mouse: choose two nodes; the kind of link follows from theirs. */
function LinkForm({ nodes, onLink }: { nodes: { id: string; label: string; kind: Kind }[]; onLink: (from: string, to: string) => void }) {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const ids = { from: useId(), to: useId() }
  const kind = useMemo(() => (from && to ? edgeKindFor(from.split(':')[0] as Kind, to.split(':')[0] as Kind) : undefined), [from, to])
  return (
    <form
      className="link-form"
      aria-label="Link two items"
      onSubmit={(event) => {
        event.preventDefault()
        if (kind) onLink(from, to)
      }}
    >
      <h3>Link</h3>
      <label htmlFor={ids.from}>From</label>
      <select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)}>
        <option value="">Choose…</option>
        {nodes.filter((n) => n.kind !== 'need').map((n) => (
          <option key={n.id} value={n.id}>
            {n.kind === 'organization' ? 'Organization' : 'Resource'}: {n.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.to}>To</label>
      <select id={ids.to} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">Choose…</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.kind === 'need' ? 'Need' : n.kind === 'organization' ? 'Organization' : 'Resource'}: {n.label}
          </option>
        ))}
      </select>
      <p className="hint">{from && to ? (kind ? `This link: ${EDGE_LABELS[kind]}.` : 'These two cannot be linked.') : 'Organization → resource: provides; resource → need: covers; organization → need: leads.'}</p>
      <button type="submit" className="button" disabled={!kind}>
        Link
      </button>
    </form>
  )
}

type SuggestionItem = { resourceId: string; name: string; organizationName: string; closes: string[] }

const CLOSES_LABELS: Record<string, string> = {
  'no-resource': 'gives it a resource',
  'resource-paused': 'is active',
  'not-serving-area': 'serves the area',
  'not-at-that-time': 'is open at that time',
  'not-in-language': 'speaks the language',
  'capacity-short': 'has the capacity',
}

/** On request, inventory resources that would close this gap, each addable and linked in one step. */
function GapSuggestions({
  need,
  areaNumber,
  linkedResourceIds,
  hasLead,
  onAddAndLink,
}: {
  need: Scenario['modules'][number]['needs'][number]
  areaNumber: number
  linkedResourceIds: string[]
  hasLead: boolean
  onAddAndLink: (suggestion: SuggestionItem) => void
}) {
  const [suggestions, setSuggestions] = useState<SuggestionItem[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  const load = () => {
    call('exercise.suggest', {
      need: {
        id: need.id,
        category: need.category,
        areaNumber: areaNumberOf(need.communityArea) ?? areaNumber,
        when: need.when,
        ...(need.language ? { language: need.language } : {}),
        ...(need.amount ? { amount: need.amount } : {}),
        urgency: need.urgency,
      },
      linkedResourceIds,
      hasLead,
    }).then(setSuggestions, (e: unknown) => setError(String((e as Error).message)))
  }
  if (!suggestions) {
    return (
      <button type="button" className="button quiet small" onClick={load}>
        Suggest resources
      </button>
    )
  }
  if (error) return <p className="field-error">{error}</p>
  if (suggestions.length === 0) return <p className="muted small">The inventory has nothing that would close this gap.</p>
  return (
    <ul className="suggestions" aria-label="Suggested resources">
      {suggestions.map((suggestion) => (
        <li key={suggestion.resourceId}>
          <span>
            <strong>{suggestion.name}</strong> <span className="muted">{suggestion.organizationName}</span> —{' '}
            {suggestion.closes.map((c) => CLOSES_LABELS[c] ?? c).join(', ')}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => {
              onAddAndLink(suggestion)
              setSuggestions(undefined)
            }}
          >
            Add and link
          </button>
        </li>
      ))}
    </ul>
  )
}
