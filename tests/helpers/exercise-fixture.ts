// A small exercise: a scenario of three modules (one pre-incident), one organization at the
// table and one street-light resource, for tests of the map, the gap inputs and the actions.
import { parseSchedule } from '../../src/shared/inventory/schedule'
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../../src/shared/scenario/schema'
import type { Participant } from '../../src/shared/session/model'
import type { GapResource } from '../../src/shared/exercise/gaps'

export const ORG = '00000000-0000-4000-8000-000000000001'
export const SERVICE = '00000000-0000-4000-8000-000000000002'
export const need = (id: string, extra: Partial<Scenario['modules'][number]['needs'][number]> = {}) => ({
  id,
  category: 'street-light-out',
  description: `Fix the light at \${corner} (${id})`,
  communityArea: 26,
  when: 'Mon-Fri 07:00-15:00',
  amount: { value: 1, unit: 'requests' },
  urgency: 'medium' as const,
  ...extra,
})
export const scenario: Scenario = {
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
export const participants: Participant[] = [
  { id: '00000000-0000-4000-8000-0000000000a1', sessionId: '00000000-0000-4000-8000-0000000000b1', name: 'Sam', organizationId: ORG, organizationName: 'Department of Transportation', role: 'participant', contact: '', contactConsent: false, createdAt: '2026-11-23T18:00:00.000Z', updatedAt: '2026-11-23T18:00:00.000Z' },
]
const weekdays = parseSchedule('Mon-Fri 07:00-15:00')
export const service: GapResource & { name: string; organizationName: string } = {
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

