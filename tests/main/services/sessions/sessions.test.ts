import { describe, expect, it } from 'vitest'
import { startApp } from '../../../helpers/app'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

async function setup() {
  const dataDir = tempDir()
  const { store, dispatch, call } = startApp(dataDir)
  const [scenario] = await call('scenarios.list', { query: 'vigil' })
  return { dataDir, store, dispatch, call, scenarioId: scenario!.id }
}

describe('exercise sessions', () => {
  it('creates a session from a scenario with its variables filled in, and lists it as planned', async () => {
    const { store, call, scenarioId } = await setup()
    const session = await call('sessions.create', {
      scenarioId,
      variables: { park: 'Garfield Park', corner: 'Madison and Homan' },
      areaNumber: 26,
      date: '2026-12-05',
      place: 'Church basement on Madison',
      facilitator: 'Dana Reyes',
    })
    expect(session).toMatchObject({ title: 'Saturday night shooting near Garfield Park', status: 'planned' })
    const listed = await call('sessions.list', {})
    // Beside the finished example session that ships with the app.
    expect(listed).toEqual([expect.objectContaining({ id: session.id, participantCount: 0 }), expect.objectContaining({ id: (await call('sessions.example', {})).id, status: 'finished' })])
    expect(await call('sessions.list', { status: 'running' })).toEqual([])
    store.close()
  })

  it('keeps a snapshot of the scenario: later edits of the scenario do not change the run', async () => {
    const { store, call, scenarioId } = await setup()
    const session = await call('sessions.create', { scenarioId, areaNumber: 26, date: '2026-12-05' })
    const { scenario } = await call('scenarios.get', { id: scenarioId })
    await call('scenarios.save', { scenario: { ...scenario, overview: { ...scenario.overview, duration: '9 hours' } } })
    const got = await call('sessions.get', { id: session.id })
    expect(got.scenario.overview.duration).toBe('3 hours')
    store.close()
  })

  it('signs people in with an inventory organization or a new one, and keeps a contact only with consent', async () => {
    const { store, call, dispatch, scenarioId } = await setup()
    const session = await call('sessions.create', { scenarioId, areaNumber: 26, date: '2026-12-05' })
    const [organization] = await call('inventory.listOrganizations', {})
    const first = await call('sessions.addParticipant', {
      sessionId: session.id,
      name: 'Andre Wallace',
      organizationId: organization!.id,
      role: 'participant',
      contact: '(312) 555-0142',
      contactConsent: true,
    })
    expect(first).toMatchObject({ organizationName: organization!.name, contact: '(312) 555-0142' })
    const second = await call('sessions.addParticipant', {
      sessionId: session.id,
      name: 'Rev. Ada Lee',
      newOrganization: { name: 'Austin Night Ministry', kind: 'faith' },
      role: 'participant',
    })
    const organizations = await call('inventory.listOrganizations', {})
    expect(organizations.find((o) => o.id === second.organizationId)).toMatchObject({ name: 'Austin Night Ministry', kind: 'faith', notes: 'Added at an exercise sign-in.' })
    // The stored note is worded in the app's language of the moment.
    await call('app.setLanguage', { language: 'es' })
    const third = await call('sessions.addParticipant', { sessionId: session.id, name: 'Lupe', newOrganization: { name: 'Club de cuadra 4900', kind: 'block-club' }, role: 'participant' })
    expect((await call('inventory.listOrganizations', {})).find((o) => o.id === third.organizationId)).toMatchObject({ notes: 'Se añadió al registrarse en un ejercicio.' })
    await call('app.setLanguage', { language: 'system' })
    // Odd text is a name like any other: kept as typed, never refused.
    const odd = await call('sessions.addParticipant', { sessionId: session.id, name: '=Rosa', newOrganization: { name: '<b>Block 4800</b> club', kind: 'block-club' }, role: 'participant' })
    expect(odd).toMatchObject({ name: '=Rosa', organizationName: '<b>Block 4800</b> club' })

    const noConsent = await dispatch('sessions.addParticipant', { sessionId: session.id, name: 'X', role: 'observer', contact: 'x@example.org' })
    expect(noConsent).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'contactConsent' }] } } })

    const running = await call('sessions.setStatus', { id: session.id, status: 'running' })
    expect(running).toMatchObject({ status: 'running', participantCount: 4 })
    store.close()
  })

  it('refuses a contact without consent even at the database', async () => {
    const { store, call, scenarioId } = await setup()
    const session = await call('sessions.create', { scenarioId, areaNumber: 26, date: '2026-12-05' })
    expect(() =>
      store.db
        .prepare(`INSERT INTO session_participant (id, session_id, name, organization_name, role, contact, contact_consent, created_at, updated_at)
          VALUES ('p', ?, 'n', '', 'participant', 'someone@example.org', 0, 'now', 'now')`)
        .run(session.id),
    ).toThrow(/CHECK constraint failed/)
    store.close()
  })

  it('moves planned → running ⇄ paused → finished, reopens a finished session, and refuses other moves', async () => {
    const { store, call, dispatch, scenarioId } = await setup()
    const { id } = await call('sessions.create', { scenarioId, areaNumber: 26, date: '2026-12-05' })
    expect(await dispatch('sessions.setStatus', { id, status: 'finished' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'error.session.statusMove', message: 'A session that is planned cannot become finished.' } })
    for (const status of ['running', 'paused', 'running', 'finished', 'paused', 'finished'] as const) {
      expect(await call('sessions.setStatus', { id, status })).toMatchObject({ status })
    }
    expect(await dispatch('sessions.setStatus', { id, status: 'planned' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    store.close()
  })

  it('keeps a finished session read-only until it is reopened: no change, no sign-in, no removal', async () => {
    const { store, call, dispatch, scenarioId } = await setup()
    const { id } = await call('sessions.create', { scenarioId, areaNumber: 26, date: '2026-12-05' })
    const person = await call('sessions.addParticipant', { sessionId: id, name: 'Dana Reyes', role: 'participant' })
    await call('sessions.setStatus', { id, status: 'running' })
    await call('sessions.setStatus', { id, status: 'finished' })
    const note = { sessionId: id, baseRevision: 0, label: { key: 'action.capture' as const, values: { kind: 'note' } }, patches: [{ op: 'add' as const, path: ['entries', 0], value: { id: 'e1', kind: 'note', text: 'late', at: '2026-12-05T20:00:00.000Z' } }], inversePatches: [] }
    const refused = { ok: false, error: { code: 'CONFLICT', reason: 'error.session.finished' } }
    expect(await dispatch('sessions.applyChange', note)).toMatchObject(refused)
    expect(await dispatch('sessions.addParticipant', { sessionId: id, name: 'Late comer', role: 'participant' })).toMatchObject(refused)
    expect(await dispatch('sessions.removeParticipant', { id: person.id })).toMatchObject(refused)
    await call('sessions.setStatus', { id, status: 'paused' })
    expect(await call('sessions.applyChange', note)).toEqual({ revision: 1 })
    store.close()
  })
})
