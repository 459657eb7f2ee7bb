// What the migration fixtures' seeds wrote, read back through the contract as the app reads it:
// one check per seed, run on every fixture at or after the version that wrote it. The values are
// the seeds' own (tests/fixtures/migrations/seeds), word for word.
import { expect } from 'vitest'
import type { startApp } from '../../../helpers/app'
import { createMappingMemory } from '../../../../src/main/services/inventory/mapping-memory'

type App = ReturnType<typeof startApp>

export const IDS = {
  health: 'c0a1e9d0-0003-4000-8000-000000000001',
  peacekeepers: 'c0a1e9d0-0003-4000-8000-000000000002',
  counseling: 'c0a1e9d0-0003-4000-8000-000000000011',
  parkPatrol: 'c0a1e9d0-0003-4000-8000-000000000012',
  funerals: 'c0a1e9d0-0004-4000-8000-000000000011',
  crisisLine: 'c0a1e9d0-0009-4000-8000-000000000011',
  scenario: 'c0a1e9d0-0005-4000-8000-000000000001',
  session: 'c0a1e9d0-0006-4000-8000-000000000001',
  secondSession: 'c0a1e9d0-0012-4000-8000-000000000001',
  townHall: 'c0a1e9d0-0013-4000-8000-000000000001',
} as const

const HEALTH_NAME = 'Centro de Salud Familiar "Niños & Familias" — Pilsen'
const PEACEKEEPERS_NAME = 'Little Village Peacekeepers (O\'Neal Family Fund)'

export interface FixtureCheck {
  /** The migration whose seed wrote what this reads. */
  since: number
  what: string
  run(app: App, version: number): Promise<void>
}

export const FIXTURE_CHECKS: readonly FixtureCheck[] = [
  {
    since: 1,
    what: 'the language the facilitator chose',
    run: async ({ call }) => expect((await call('app.settings', {})).language).toBe('es'),
  },
  {
    since: 2,
    what: 'a focus area added to the shipped ones',
    run: async ({ call }) => {
      const { areas } = await call('areas.list', { focusOnly: true })
      expect(areas.map((a) => a.number)).toEqual([26, 29, 30, 31, 68])
    },
  },
  {
    since: 3,
    what: 'organizations and services with their areas, hours, capacity and Spanish text',
    run: async ({ call }) => {
      const organizations = await call('inventory.listOrganizations', {})
      expect(organizations.map((o) => o.name).sort()).toEqual([HEALTH_NAME, PEACEKEEPERS_NAME])
      expect(organizations.find((o) => o.id === IDS.health)).toMatchObject({
        kind: 'health',
        contactPerson: 'María José Núñez',
        phone: '(773) 555-0142',
        languages: ['es', 'en'],
        areaNumbers: [30, 31],
        notes: 'Llamar antes de las 5 p. m. — cerrado los días festivos ☎',
      })
      expect(await call('inventory.getService', { id: IDS.counseling })).toMatchObject({
        name: 'Consejería para jóvenes y familias',
        organizationId: IDS.health,
        category: 'trauma-counseling',
        areaNumbers: [30, 31],
        capacity: { amount: 12, unit: 'familias', period: 'week' },
        currentLoad: 7,
        languages: ['es', 'en'],
        minAge: 12,
        maxAge: 24,
        responseTime: 'dentro de 2 días',
        // Read from the words by migration 9, whenever the file reached it.
        responseHours: 48,
        lastVerified: '2026-09-15',
      })
      expect((await call('inventory.getService', { id: IDS.parkPatrol })).responseHours).toBe(12)
      // The hour masks the seed wrote answer "open at…" as the schedule says, past midnight too.
      const openAt = async (day: number, minute: number) =>
        (await call('inventory.listServices', { organizationId: IDS.peacekeepers, availableAt: { day, minute } })).items.map((s) => s.name)
      expect(await openAt(6, 60)).toContain('Pacificadores en el parque')
      expect(await openAt(2, 60)).not.toContain('Pacificadores en el parque')
      const { items } = await call('inventory.listServices', { areaNumber: 31, language: 'es', availableAt: { day: 5, minute: 11 * 60 } })
      expect(items.map((s) => s.name)).toContain('Consejería para jóvenes y familias')
    },
  },
  {
    since: 4,
    what: 'the facilitator’s own category and a paused on-call service in it',
    run: async ({ call }, version) => {
      const category = (await call('inventory.listCategories', {})).find((c) => c.id === 'funeral-help-for-families')
      expect(category).toMatchObject({ label: 'Funeral help for families', group: 'victim', custom: true })
      expect(category?.labelEs).toBe(version >= 11 ? 'Ayuda con funerales para familias' : undefined)
      expect(await call('inventory.getService', { id: IDS.funerals })).toMatchObject({
        category: 'funeral-help-for-families',
        schedule: { kind: 'on-call' },
        status: 'paused',
        responseHours: 168,
      })
    },
  },
  {
    since: 5,
    what: 'a scenario stored in format 2, read in today’s format',
    run: async ({ call }) => {
      const { scenario, summary } = await call('scenarios.get', { id: IDS.scenario })
      expect(summary).toMatchObject({ title: 'Vigilia tras un tiroteo en ${park}', variables: [{ name: 'park', label: expect.any(String) }], language: 'es', areaNumbers: [30, 31], origin: 'user', needCount: 2 })
      expect(scenario.formatVersion).toBe(3)
      expect(scenario.modules[0]!.needs.map((n) => n.languages)).toEqual([['es'], ['es']])
      expect(scenario.modules[0]!.injects[0]!.facilitatorNotes).toBe('¿Quién llama a la familia, y en qué idioma?')
    },
  },
  {
    since: 6,
    what: 'a session with its people: a contact kept with consent, none without',
    run: async ({ call }, version) => {
      const { session, variables, participants, scenario } = await call('sessions.get', { id: IDS.session })
      expect(session).toMatchObject({
        title: 'Vigilia tras un tiroteo en Piotrowski Park',
        areaNumber: 30,
        date: '2026-10-03',
        place: 'Parroquia San Agustín — salón 2',
        facilitator: 'Ana Beltrán',
        status: version >= 10 ? 'finished' : 'running',
        participantCount: 3,
      })
      expect(variables).toEqual({ park: 'Piotrowski Park' })
      expect(scenario.id).toBe(IDS.scenario)
      const byName = new Map(participants.map((p) => [p.name, p]))
      expect(byName.get('Rosa Martínez')).toMatchObject({ organizationId: IDS.health, organizationName: HEALTH_NAME, contact: 'rosa.martinez@example.org · (773) 555-0110', contactConsent: true })
      expect(byName.get('Deshawn O\'Neal')).toMatchObject({ organizationId: IDS.peacekeepers, role: 'observer', contact: '', contactConsent: false })
      expect(byName.get('Ana Beltrán')).toMatchObject({ organizationId: null, role: 'facilitator' })
    },
  },
  {
    since: 7,
    what: 'the running session’s document and journal',
    run: async ({ call }, version) => {
      const { revision, document } = await call('sessions.state', { id: IDS.session })
      expect(revision).toBe(version >= 8 ? 6 : 3)
      expect(document.revealed).toEqual([{ moduleId: 'm1', injectId: 'i1', at: '2026-10-03T18:20:00.000Z' }])
      expect(document.entries[0]).toMatchObject({ kind: 'note', text: 'Rosa dice que la familia prefiere la consejería en español, en la parroquia.', organizationId: IDS.health })
      expect(document.graph.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
        ['covers', `resource:${IDS.counseling}`, 'need:n-consejeria'],
        ['leads', `organization:${IDS.peacekeepers}`, 'need:n-paz'],
      ])
    },
  },
  {
    since: 8,
    what: 'drafts left typed, and Undo as it stood after changes named by action keys',
    run: async ({ call }) => {
      expect(await call('drafts.get', { key: `session:${IDS.session}:capture` })).toEqual({
        content: 'Los vecinos piden más luz en el callejón de la calle 26 — ¿quién llama al 311?',
        updatedAt: '2026-10-03T19:12:30.000Z',
      })
      expect((await call('drafts.get', { key: `scenario:${IDS.scenario}` }))?.content).toBe('overview:\n  title: Vigilia tras un tiroteo en ${park} (borrador)\n')
      const { document } = await call('sessions.state', { id: IDS.session })
      expect(document.entries[1]).toMatchObject({ kind: 'decision', text: 'Los pacificadores cubren la vigilia del domingo, de 18:00 a 23:00.' })
      // The two saves of one edit share a coalesce key: one Undo step.
      const { undo } = await call('sessions.undoHistory', { id: IDS.session })
      expect(undo.map((step) => [step.label.key, step.patches.length])).toEqual([['action.capture', 1], ['action.editEntry', 2]])
    },
  },
  {
    since: 9,
    what: 'a response time set by hand in hours',
    run: async ({ call }) => {
      expect(await call('inventory.getService', { id: IDS.crisisLine })).toMatchObject({ citywide: true, schedule: { kind: 'always' }, responseTime: '', responseHours: 0.5 })
      const { items } = await call('inventory.listServices', { areaNumber: 2, language: 'pl' })
      expect(items.map((s) => s.id)).toEqual([IDS.crisisLine])
    },
  },
  {
    since: 6,
    what: 'the session’s report input: the snapshot kept when it finished, else one taken now',
    run: async ({ call }, version) => {
      const input = await call('reports.input', { id: IDS.session })
      expect(input.kept).toBe(version >= 10)
      expect(input.participants.find((p) => p.contactConsent)?.contact).toBe('rosa.martinez@example.org · (773) 555-0110')
      if (version >= 10) {
        expect(input.snapshot.takenAt).toBe('2026-10-21T20:05:00.000Z')
        expect(input.snapshot.organizations.map((o) => o.name)).toEqual([HEALTH_NAME, PEACEKEEPERS_NAME])
        expect(input.snapshot.suggestions['n-paz']).toEqual([{ name: 'Pacificadores en el parque', organizationName: PEACEKEEPERS_NAME }])
        expect(await call('reports.options', { id: IDS.session })).toEqual({
          language: 'es',
          sections: ['overview', 'objectives', 'gaps', 'plan'],
          people: 'names',
          contacts: true,
          facilitatorNotes: false,
        })
      } else {
        expect(input.snapshot.resources.map((r) => r.id)).toEqual(version >= 7 ? [IDS.counseling] : [])
        expect(await call('reports.options', { id: IDS.session })).toBeNull()
      }
    },
  },
  {
    since: 12,
    what: 'a session journaled in the shared journal, its change read back on its first document',
    run: async ({ call }) => {
      const { revision, document } = await call('sessions.state', { id: IDS.secondSession })
      expect(revision).toBe(1)
      expect(document.currentModuleId).toBe('m1')
      expect(document.revealed.map((r) => r.injectId)).toEqual(['i1'])
    },
  },
  {
    since: 13,
    what: 'a town hall with what the room said, named speakers only with consent',
    run: async ({ call }) => {
      expect(await call('townHalls.get', { id: IDS.townHall })).toMatchObject({
        title: 'Asamblea comunitaria: seguridad en verano — La Villita y Pilsen',
        areaNumbers: [30, 31],
        date: '2026-11-24',
        languages: ['es', 'en'],
        expectedAttendance: 120,
        status: 'running',
      })
      const { revision, document } = await call('townHalls.state', { id: IDS.townHall })
      expect(revision).toBe(3)
      expect(document.items.map((i) => [i.id, i.kind, i.speaker?.name ?? null])).toEqual([
        ['it1', 'concern', 'Guadalupe “Lupe” Hernández'],
        ['it2', 'question', null],
        ['it3', 'praise', 'Don Efraín'],
      ])
      expect(document.items[0]!.speaker).toEqual({ name: 'Guadalupe “Lupe” Hernández', consent: true })
      expect(document).toMatchObject({ queue: ['it2'], attendance: 85, panel: [{ name: 'Comandante Irene Ruiz' }] })
      expect(document.themes.find((t) => t.id === 'th-safety')?.serviceIds).toEqual([IDS.parkPatrol])
    },
  },
  {
    since: 14,
    what: 'what was chosen for a source’s words, recalled for its next import',
    run: async ({ store }) => {
      const mapping = createMappingMemory(store.db, () => new Date()).recall('servicios-pilsen.csv')
      expect([...mapping.categories]).toEqual([['consejeria', 'trauma-counseling']])
      expect([...mapping.areas]).toEqual([['lavillita', 30]])
    },
  },
]
