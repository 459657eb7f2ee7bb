import { describe, expect, it } from 'vitest'
import { buildMapModel, defaultPosition, edgeKindsFor, keepUnchanged, needsReached, neighbourhoodOf, nodeIdOf, placeNodes, preventionNeeds, sameNode, type MapService } from '../../../../../src/renderer/src/sections/sessions/map/model'
import { parseSchedule } from '../../../../../src/shared/inventory/schedule'
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../../../../../src/shared/scenario/schema'
import { emptySessionDocument, type SessionDocument } from '../../../../../src/shared/session/document'
import type { Participant } from '../../../../../src/shared/session/model'

const ORG = '00000000-0000-4000-8000-000000000001'
const SERVICE = '00000000-0000-4000-8000-000000000002'
const need = (id: string, extra: Partial<Scenario['modules'][number]['needs'][number]> = {}) => ({
  id,
  category: 'street-light-out',
  description: `Fix the light at \${corner} (${id})`,
  communityArea: 26,
  when: 'Mon-Fri 07:00-15:00',
  amount: { value: 1, unit: 'requests' },
  urgency: 'medium' as const,
  ...extra,
})
const scenario: Scenario = {
  formatVersion: SCENARIO_FORMAT_VERSION,
  id: '00000000-0000-4000-8000-000000000009',
  overview: { title: 'T', summary: 'S', type: 'tabletop', communityAreas: [26], language: 'en', objectives: [{ id: 'o1', text: 'O' }], participants: [] },
  variables: [{ name: 'corner', label: 'Corner' }],
  modules: [
    { id: 'm1', title: 'Before', phase: 'pre-incident', narrative: 'N', injects: [], questions: [], needs: [need('prevent')] },
    { id: 'm2', title: 'Night', phase: 'incident', narrative: 'N', injects: [], questions: [], needs: [need('light')] },
    { id: 'm3', title: 'After', narrative: 'N', injects: [], questions: [], needs: [need('later')] },
  ],
}
const participants: Participant[] = [
  { id: '00000000-0000-4000-8000-0000000000a1', sessionId: '00000000-0000-4000-8000-0000000000b1', name: 'Sam', organizationId: ORG, organizationName: 'Department of Transportation', role: 'participant', contact: '', contactConsent: false, createdAt: '2026-11-23T18:00:00.000Z', updatedAt: '2026-11-23T18:00:00.000Z' },
]
const weekdays = parseSchedule('Mon-Fri 07:00-15:00')
const service: MapService = {
  id: SERVICE,
  name: 'Street light repair',
  organizationName: 'Department of Transportation',
  category: 'street-light-out',
  status: 'active',
  citywide: true,
  areaNumbers: [],
  schedule: weekdays.ok ? weekdays.value : { kind: 'always' },
  languages: ['en'],
  capacity: { amount: 250, unit: 'requests', period: 'week' },
  currentLoad: 310,
  lastVerified: '2026-09-15',
}

function model(document: SessionDocument) {
  return buildMapModel({ scenario, variables: { corner: 'Madison and Homan' }, participants, document, areaNumber: 26, services: new Map([[SERVICE, service]]), today: '2026-11-23' })
}

function withLinks(...edges: SessionDocument['graph']['edges']): SessionDocument {
  const document = emptySessionDocument()
  document.currentModuleId = 'm2'
  document.graph.nodes = [{ id: nodeIdOf('resource', SERVICE), kind: 'resource', refId: SERVICE, x: 10, y: 20 }]
  document.graph.edges = edges
  return document
}

describe('the map model', () => {
  it('shows the needs reached so far and always the prevention needs, with variables filled in', () => {
    expect(needsReached(scenario, 'm1').map((n) => n.id)).toEqual(['prevent'])
    expect(needsReached(scenario, 'm3').map((n) => n.id)).toEqual(['prevent', 'light', 'later'])
    const onlyLater = { ...scenario, modules: [scenario.modules[2]!, scenario.modules[0]!] }
    expect(needsReached(onlyLater, 'm3').map((n) => n.id)).toEqual(['later', 'prevent'])
    expect(preventionNeeds(scenario).map((n) => n.id)).toEqual(['prevent'])
    const nodes = model(withLinks()).nodes
    expect(nodes.map((n) => n.id)).toEqual([nodeIdOf('organization', ORG), nodeIdOf('resource', SERVICE), 'need:prevent', 'need:light'])
    expect(nodes.find((n) => n.id === 'need:light')!.data.label).toBe('Fix the light at Madison and Homan (light)')
  })

  it('labels every node and link for screen readers, with the gap state', () => {
    const { nodes, edges } = model(withLinks({ id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:light' }))
    expect(nodes.find((n) => n.id === 'need:light')!.ariaLabel).toBe('Need: Fix the light at Madison and Homan (light) (Medium urgency), gap: 2 reasons')
    expect(edges[0]!.ariaLabel).toBe('Street light repair covers Fix the light at Madison and Homan (light)')
  })

  it('closes a gap when the link commits enough at the right hours and someone leads', () => {
    const covers = { id: 'e1', kind: 'covers' as const, source: nodeIdOf('resource', SERVICE), target: 'need:light' }
    const leads = { id: 'e2', kind: 'leads' as const, source: nodeIdOf('organization', ORG), target: 'need:light' }
    const short = model(withLinks(covers, leads)).assessments.find((a) => a.needId === 'light')!
    expect(short.reasons.map((r) => r.kind)).toEqual(['capacity-short'])
    const committed = model(withLinks({ ...covers, amount: 1, when: 'Mon-Fri 07:00-15:00' }, leads)).assessments.find((a) => a.needId === 'light')!
    expect(committed.covered).toBe(true)
    const tooFewHours = model(withLinks({ ...covers, amount: 1, when: 'Mon 07:00-15:00' }, leads)).assessments.find((a) => a.needId === 'light')!
    expect(tooFewHours.reasons.map((r) => r.kind)).toEqual(['not-at-that-time'])
    expect(model(withLinks({ ...covers, amount: 1 }, leads)).edges[0]!.data!.commitment).toBe('1')
  })

  it('drops links whose ends are not on the map (a later module, a removed resource)', () => {
    const { edges } = model(withLinks({ id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:later' }))
    expect(edges).toEqual([])
  })

  it('keeps saved positions and starts the rest in columns of six by kind', () => {
    const { nodes } = model(withLinks())
    expect(nodes.find((n) => n.type === 'resource')!.position).toEqual({ x: 10, y: 20 })
    expect(defaultPosition('organization', 0, { organization: 1, resource: 1 }).x).toBeLessThan(defaultPosition('resource', 0, { organization: 1, resource: 1 }).x)
    expect(defaultPosition('need', 6, { organization: 1, resource: 1 })).toEqual({ x: defaultPosition('need', 0, { organization: 1, resource: 1 }).x + 300, y: 0 })
    expect(defaultPosition('need', 0, { organization: 7, resource: 1 }).x).toBe(3 * 300)
  })

  it('links only what the room can say, in its direction', () => {
    expect(edgeKindsFor('organization', 'resource')).toEqual(['provides'])
    expect(edgeKindsFor('resource', 'need')).toEqual(['covers'])
    expect(edgeKindsFor('organization', 'need')).toEqual(['leads'])
    expect(edgeKindsFor('organization', 'organization')).toEqual(['coordinates', 'refers'])
    expect(edgeKindsFor('need', 'resource')).toEqual([])
  })

  it('focus: a node and its direct links', () => {
    const edges = [{ source: 'a', target: 'b' }, { source: 'c', target: 'a' }, { source: 'c', target: 'd' }]
    expect([...neighbourhoodOf('a', edges)].sort()).toEqual(['a', 'b', 'c'])
  })

  it('saves moves, adding entries for items not yet placed, and pins them when moved by hand', () => {
    const document = withLinks()
    placeNodes(document, [{ id: nodeIdOf('resource', SERVICE), x: 1, y: 2 }, { id: 'need:light', x: 3, y: 4 }], true)
    expect(document.graph.nodes).toEqual([
      { id: nodeIdOf('resource', SERVICE), kind: 'resource', refId: SERVICE, x: 1, y: 2, pinned: true },
      { id: 'need:light', kind: 'need', refId: 'light', x: 3, y: 4, pinned: true },
    ])
    placeNodes(document, [{ id: 'need:light', x: 5, y: 6 }], false)
    expect(document.graph.nodes[1]).toMatchObject({ x: 5, y: 6, pinned: false })
  })

  it('keeps the object of every unchanged node, so React Flow skips it', () => {
    const first = model(withLinks()).nodes
    const second = model(withLinks()).nodes
    const kept = keepUnchanged(new Map(first.map((n) => [n.id, n])), second, sameNode)
    expect(kept.every((node, i) => node === first[i])).toBe(true)
    const moved = second.map((n) => (n.id === 'need:light' ? { ...n, position: { x: 999, y: 0 } } : n))
    const next = keepUnchanged(new Map(first.map((n) => [n.id, n])), moved, sameNode)
    expect(next.filter((node, i) => node !== first[i]).map((n) => n.id)).toEqual(['need:light'])
  })
})
