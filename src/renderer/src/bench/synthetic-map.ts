// A large exercise for the map benchmark (`npm run bench -- graph`): 200 organizations at the
// table, 400 resources and 400 needs — 1,000 nodes — with 2,000 links, placed in neighbourhood
// blocks. Deterministic, so every run measures the same map.
import { parseSchedule } from '../../../shared/inventory/schedule'
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../../../shared/scenario/schema'
import { emptySessionDocument, type SessionDocument } from '../../../shared/session/document'
import type { Participant } from '../../../shared/session/model'
import { nodeIdOf } from '../../../shared/session/graph'
import { NODE_HEIGHT, NODE_WIDTH, type MapService } from '../sections/sessions/map/model'

export const SIZES = { organizations: 200, resources: 400, needs: 400, edges: 2000 } as const

const uuid = (kind: number, index: number) => `00000000-0000-4000-8${kind}00-${String(index).padStart(12, '0')}`
const URGENCIES = ['critical', 'high', 'medium', 'low'] as const

export function syntheticMap(): { scenario: Scenario; participants: Participant[]; services: Map<string, MapService>; document: SessionDocument } {
  let seed = 7
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const pick = (n: number) => Math.floor(random() * n)
  const now = '2026-11-23T18:00:00.000Z'
  const organizationIds = Array.from({ length: SIZES.organizations }, (_, i) => uuid(1, i))
  const resourceIds = Array.from({ length: SIZES.resources }, (_, i) => uuid(2, i))
  const needIds = Array.from({ length: SIZES.needs }, (_, i) => `n${i}`)
  const weekendNights = parseSchedule('Fri-Sun 20:00-02:00')
  if (!weekendNights.ok) throw new Error(weekendNights.reason.key)

  const scenario: Scenario = {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: uuid(9, 0),
    overview: { title: 'Benchmark', summary: 'A large map.', type: 'tabletop', communityAreas: [26], language: 'en', objectives: [{ id: 'o1', text: 'Measure.' }], participants: [] },
    variables: [],
    modules: [
      {
        id: 'm1',
        title: 'Module 1',
        narrative: 'Everything at once.',
        injects: [],
        questions: [],
        needs: needIds.map((id, i) => ({
          id,
          category: 'street-outreach',
          description: `Need ${i}: outreach workers at corner ${i} through the weekend nights`,
          communityArea: 26,
          when: 'Fri-Sun 20:00-02:00',
          amount: { value: 1 + (i % 5), unit: 'workers' },
          urgency: URGENCIES[i % 4]!,
        })),
      },
    ],
  }
  const participants: Participant[] = organizationIds.map((organizationId, i) => ({
    id: uuid(3, i),
    sessionId: uuid(8, 0),
    name: `Participant ${i}`,
    organizationId,
    organizationName: `Organization ${i}`,
    role: 'participant',
    contact: '',
    contactConsent: false,
    createdAt: now,
    updatedAt: now,
  }))
  const services = new Map<string, MapService>(
    resourceIds.map((id, i) => [
      id,
      {
        id,
        name: `Resource ${i}`,
        organizationName: `Organization ${i % SIZES.organizations}`,
        category: 'street-outreach',
        status: i % 17 === 0 ? 'paused' : 'active',
        citywide: i % 3 === 0,
        areaNumbers: [26, 27],
        schedule: weekendNights.value,
        languages: ['en'],
        capacity: { amount: 3, unit: 'workers', period: 'week' },
        currentLoad: 1,
        lastVerified: '2026-10-01',
      },
    ]),
  )

  // 200 neighbourhoods, as on a real map: each an organization with two resources and two needs,
  // in a block (organization, resources, needs left to right), blocks in a grid wider than tall.
  // Links stay in a block or reach the next one, as coverage does between neighbouring areas.
  const BLOCK_COLUMNS = 15
  const blockWidth = 3 * (NODE_WIDTH + 60) + 200
  const blockHeight = 2 * (NODE_HEIGHT + 30) + 100
  const document = emptySessionDocument()
  document.currentModuleId = 'm1'
  const place = (kind: 'organization' | 'resource' | 'need', refId: string, block: number, column: number, row: number) => ({
    id: nodeIdOf(kind, refId),
    kind,
    refId,
    x: (block % BLOCK_COLUMNS) * blockWidth + column * (NODE_WIDTH + 60),
    y: Math.floor(block / BLOCK_COLUMNS) * blockHeight + row * (NODE_HEIGHT + 30),
  })
  const blocks = SIZES.organizations
  document.graph.nodes = [
    ...organizationIds.map((id, b) => place('organization', id, b, 0, 0)),
    ...resourceIds.map((id, i) => place('resource', id, i % blocks, 1, Math.floor(i / blocks))),
    ...needIds.map((id, i) => place('need', id, i % blocks, 2, Math.floor(i / blocks))),
  ]
  const resourcesOf = (b: number) => [resourceIds[b]!, resourceIds[b + blocks]!]
  const needsOf = (b: number) => [needIds[b]!, needIds[b + blocks]!]
  const edges: SessionDocument['graph']['edges'] = []
  for (let b = 0; b < blocks; b++) {
    const organization = nodeIdOf('organization', organizationIds[b]!)
    for (const r of resourcesOf(b)) edges.push({ id: `p${edges.length}`, kind: 'provides', source: organization, target: nodeIdOf('resource', r) })
    for (const n of needsOf(b)) edges.push({ id: `l${edges.length}`, kind: 'leads', source: organization, target: nodeIdOf('need', n) })
    for (const r of resourcesOf(b)) for (const n of needsOf(b)) edges.push({ id: `c${edges.length}`, kind: 'covers', source: nodeIdOf('resource', r), target: nodeIdOf('need', n) })
  }
  // The rest reach a need of the next block on the same row.
  while (edges.length < SIZES.edges) {
    const b = pick(blocks)
    const next = b % BLOCK_COLUMNS === BLOCK_COLUMNS - 1 || b + 1 >= blocks ? b - 1 : b + 1
    edges.push({ id: `c${edges.length}`, kind: 'covers', source: nodeIdOf('resource', resourcesOf(b)[pick(2)]!), target: nodeIdOf('need', needsOf(next)[pick(2)]!) })
  }
  document.graph.edges = edges
  return { scenario, participants, services, document }
}
