// A large finished session for the report benchmark: 300 notes, 200 needs with gaps, 500 items on
// the map (200 needs, 200 resources, 100 organizations), 100 people, 60 action items.
import type { ReportInput } from '../src/shared/report/input'
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../src/shared/scenario/schema'
import { emptySessionDocument, type SessionDocument } from '../src/shared/session/document'
import { CATEGORIES } from '../src/shared/inventory/taxonomy'

const uuid = (kind: number, n: number) => `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`
const AT = '2026-10-03T23:00:00.000Z'

export function largeReportInput(): ReportInput {
  const modules: Scenario['modules'] = Array.from({ length: 4 }, (_, m) => ({
    id: `m${m + 1}`,
    title: `Module ${m + 1}: the ${['first night', 'next morning', 'vigil', 'week after'][m]}`,
    narrative: 'What happens next, in a few sentences the room reads together.',
    injects: Array.from({ length: 5 }, (_, i) => ({ id: `i${i + 1}`, title: `News ${m + 1}.${i + 1}`, text: 'A call comes in from the block club about what they saw.', facilitatorNotes: 'Ask who calls whom.' })),
    questions: [{ text: 'Who does what first?' }],
    needs: Array.from({ length: 50 }, (_, n) => ({
      id: `n${m * 50 + n + 1}`,
      category: CATEGORIES[(m * 50 + n) % CATEGORIES.length]!.id,
      description: `Need ${m * 50 + n + 1}: outreach workers on the corner through the night, in English and Spanish`,
      communityArea: 26,
      urgency: (['critical', 'high', 'medium', 'low'] as const)[n % 4]!,
      amount: { value: 4, unit: 'workers' },
    })),
  }))
  const scenario: Scenario = {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: uuid(1, 1),
    overview: { title: 'A long weekend in West Garfield Park', summary: 'A benchmark exercise.', type: 'tabletop', communityAreas: [26], language: 'en', objectives: [1, 2, 3, 4].map((o) => ({ id: `o${o}`, text: `Objective ${o}` })), participants: [] },
    variables: [],
    modules,
  }
  const needs = modules.flatMap((m) => m.needs)
  const organizations = Array.from({ length: 100 }, (_, o) => ({ id: uuid(2, o), name: `Organization ${o + 1}`, kind: 'street-outreach' as const }))
  const resources = Array.from({ length: 200 }, (_, r) => ({
    id: uuid(3, r),
    organizationId: organizations[r % 100]!.id,
    name: `Resource ${r + 1}`,
    category: needs[r % needs.length]!.category,
    areaNumbers: [26],
    citywide: false,
    capacity: { amount: 2, unit: 'workers', period: 'week' as const },
    currentLoad: 1,
    schedule: { kind: 'always' as const },
    languages: ['en'],
    responseHours: 24,
    status: 'active' as const,
    lastVerified: '2026-09-01',
  }))
  const document: SessionDocument = {
    ...emptySessionDocument(),
    currentModuleId: 'm4',
    revealed: modules.flatMap((m) => m.injects.map((i) => ({ moduleId: m.id, injectId: i.id, at: AT }))),
    entries: Array.from({ length: 300 }, (_, e) => ({
      id: `e${e}`,
      kind: (['note', 'decision', 'observation', 'strength', 'improvement', 'parking-lot'] as const)[e % 6]!,
      text: `What the room said, entry ${e + 1}: who called whom, and when the family heard.`,
      moduleId: `m${(e % 4) + 1}`,
      injectId: `i${(e % 5) + 1}`,
      organizationId: organizations[e % 100]!.id,
      objectiveId: `o${(e % 4) + 1}`,
      at: AT,
    })),
    actionItems: Array.from({ length: 60 }, (_, a) => ({ id: `a${a}`, what: `Action ${a + 1}: write the phone tree`, ownerName: 'Dana', ownerOrganizationId: organizations[a % 100]!.id, priority: 'high' as const, status: 'open' as const, capabilityElement: 'planning' as const, at: AT })),
    evaluations: [1, 2, 3].map((o) => ({ objectiveId: `o${o}`, rating: 'S' as const, reason: 'Some challenges.', at: AT })),
    graph: {
      nodes: [
        ...organizations.map((o, i) => ({ id: `organization:${o.id}`, kind: 'organization' as const, refId: o.id, x: 0, y: i * 130 })),
        ...resources.map((r, i) => ({ id: `resource:${r.id}`, kind: 'resource' as const, refId: r.id, x: 300 + (i % 2) * 300, y: Math.floor(i / 2) * 130 })),
        ...needs.map((n, i) => ({ id: `need:${n.id}`, kind: 'need' as const, refId: n.id, x: 900 + (i % 2) * 300, y: Math.floor(i / 2) * 130 })),
      ],
      edges: resources.map((r, i) => ({ id: `c${i}`, kind: 'covers' as const, source: `resource:${r.id}`, target: `need:${needs[i % needs.length]!.id}`, amount: 1 })),
    },
  }
  const participants = Array.from({ length: 100 }, (_, p) => ({
    id: uuid(4, p),
    sessionId: uuid(5, 1),
    name: `Person ${p + 1}`,
    organizationId: organizations[p]!.id,
    organizationName: organizations[p]!.name,
    role: 'participant' as const,
    contact: '',
    contactConsent: false,
    createdAt: AT,
    updatedAt: AT,
  }))
  return {
    session: { id: uuid(5, 1), scenarioId: scenario.id, title: scenario.overview.title, areaNumber: 26, date: '2026-10-03', place: 'Church basement', facilitator: 'Rosa', status: 'finished', participantCount: 100, createdAt: AT, updatedAt: AT },
    scenario,
    variables: {},
    participants,
    document,
    snapshot: {
      takenAt: AT,
      today: '2026-10-03',
      organizations,
      resources,
      categories: {},
      assessments: needs.map((n) => ({ needId: n.id, urgency: n.urgency, covered: false, reasons: [{ kind: 'capacity-short', short: 2, unit: 'workers' }, { kind: 'no-lead' }], contributingIds: [] })),
      suggestions: Object.fromEntries(needs.map((n) => [n.id, [{ name: 'Night street outreach', organizationName: 'West Side Peace Walkers' }]])),
    },
    kept: true,
  }
}
