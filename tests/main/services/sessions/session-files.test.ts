import { describe, expect, it } from 'vitest'
import { renderReportHtml } from '../../../../src/shared/report/html'
import { buildReport } from '../../../../src/shared/report/model'
import { defaultReportOptions } from '../../../../src/shared/report/options'
import { word } from '../../../../src/shared/i18n/said'
import { startApp, TEST_NOW } from '../../../helpers/app'
import { playSchoolSession } from '../../../helpers/played-session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const clock = () => TEST_NOW
const reportOf = async (call: ReturnType<typeof startApp>['call'], id: string) =>
  renderReportHtml(buildReport(await call('reports.input', { id }), { ...defaultReportOptions('en'), people: 'names', contacts: true }))

describe('session files between laptops', () => {
  it('carry a finished session to another laptop whole: its report reads the same there, contacts only with consent', async () => {
    const here = startApp(tempDir(), { clock })
    const { sessionId } = await playSchoolSession(here.call, clock)
    const file = await here.call('sessions.exportFile', { id: sessionId, contacts: true })
    expect(file.fileName).toBe('2026-10-03-a-fight-at-school-dismissal-and-a-video-that-sprea.roundtable-session.json')
    expect(file.content).toContain('dana@example.org')
    // Unless chosen, no contact leaves: not a person's, not an action item's point of contact.
    const plain = (await here.call('sessions.exportFile', { id: sessionId })).content
    expect(plain).not.toContain('dana@example.org')
    expect(plain).not.toContain('pointOfContact')

    // Another laptop: its own starter inventory (other ids for the same organizations) and no such session.
    const there = startApp(tempDir(), { clock })
    const before = (await there.call('inventory.listOrganizations', {})).length
    const imported = await there.call('sessions.importFile', { content: file.content, mode: 'ask' })
    expect(imported).toMatchObject({ outcome: 'imported', sessionId, organizationsAdded: 0, servicesAdded: 0 })
    expect((await there.call('inventory.listServices', { query: 'Retaliation mediation' })).items).toHaveLength(1)
    expect((await there.call('inventory.listOrganizations', {})).length).toBe(before)
    expect(await reportOf(there.call, sessionId)).toBe(await reportOf(here.call, sessionId))
    const { session, participants } = await there.call('sessions.get', { id: sessionId })
    expect(session.status).toBe('finished')
    expect(participants.map((p) => [p.name, p.contact])).toEqual([
      ['Dana Reyes', 'dana@example.org'],
      ['Lee Park', ''],
      ['Sam Ortiz', ''],
    ])
    // The organizations are this laptop's own, by name.
    const local = new Map((await there.call('inventory.listOrganizations', {})).map((o) => [o.id, o.name]))
    expect(participants.map((p) => local.get(p.organizationId!))).toEqual(['West Side Peace Walkers (sample)', 'Public Schools Safe Passage (sample)', 'Department of Public Health (sample)'])
    here.store.close()
    there.store.close()
  })

  it('asks before reading a session already here, then replaces it or keeps both', async () => {
    const app = startApp(tempDir(), { clock })
    const { sessionId } = await playSchoolSession(app.call, clock, { finish: false })
    // With its contacts, so the copy is whole.
    const { content } = await app.call('sessions.exportFile', { id: sessionId, contacts: true })
    expect(await app.call('sessions.importFile', { content, mode: 'ask' })).toEqual({ outcome: 'exists', sessionId, title: 'A fight at school dismissal, and a video that spreads' })
    // The session, and the example that ships with the app.
    expect(await app.call('sessions.list', {})).toHaveLength(2)

    const copy = await app.call('sessions.importFile', { content, mode: 'copy' })
    expect(copy.outcome).toBe('imported')
    const copyId = (copy as { sessionId: string }).sessionId
    expect(copyId).not.toBe(sessionId)
    expect(await app.call('sessions.list', {})).toHaveLength(3)
    expect((await app.call('sessions.state', { id: copyId })).document).toEqual((await app.call('sessions.state', { id: sessionId })).document)
    const copiedPeople = (await app.call('sessions.get', { id: copyId })).participants
    expect(copiedPeople.map((p) => p.sessionId)).toEqual([copyId, copyId, copyId])

    // A changed original, then replaced by the file: back to what the file holds, and it can go on.
    const replaced = await app.call('sessions.importFile', { content: content.replace('Peace Walkers call both families tonight.', 'Changed on the way.'), mode: 'replace' })
    expect(replaced).toMatchObject({ outcome: 'imported', sessionId })
    expect(JSON.stringify((await app.call('sessions.state', { id: sessionId })).document)).toContain('Changed on the way.')
    expect(await app.call('sessions.list', {})).toHaveLength(3)
    app.store.close()
  })

  it('refuses a file with mistakes whole, naming where each one is', async () => {
    const app = startApp(tempDir(), { clock })
    const { sessionId } = await playSchoolSession(app.call, clock)
    const { content } = await app.call('sessions.exportFile', { id: sessionId })
    const broken = JSON.parse(content) as { session: { areaNumber: number }; participants: { contact: string; contactConsent: boolean }[] }
    broken.session.areaNumber = 99
    broken.participants[1]!.contact = 'sam@example.org'
    const result = await app.call('sessions.importFile', { content: JSON.stringify(broken), mode: 'copy' })
    expect(result.outcome).toBe('invalid')
    const problems = result.outcome === 'invalid' ? result.problems : []
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^session\.areaNumber: /), expect.stringMatching(/^participants\.1\.contact: A contact without the person’s consent/)]))
    // Each crosses as a message, worded in the reader's language.
    const consent = problems.find((p) => p.path === 'participants.1.contact')!
    expect(word('es', consent)).toBe('Un contacto sin el consentimiento de la persona no puede salir de esta computadora.')
    const notJson = await app.call('sessions.importFile', { content: 'not json', mode: 'ask' })
    expect(notJson).toMatchObject({ outcome: 'invalid', problems: [{ path: '', key: 'sessionFile.problem.notJson', message: expect.stringMatching(/^This is not a Roundtable session file/) }] })
    expect(notJson.outcome === 'invalid' && word('es', notJson.problems[0]!)).toBe('Este no es un archivo de sesión de Roundtable: su texto no es JSON.')
    expect(await app.call('sessions.list', {})).toHaveLength(2)
    app.store.close()
  })
})

describe('the example session that ships with the app', () => {
  it('is there from the first run, finished, with a report of every section; removed, it does not come back', async () => {
    const dir = tempDir()
    const first = startApp(dir, { clock })
    const { id } = await first.call('sessions.example', {})
    expect(id).not.toBeNull()
    const input = await first.call('reports.input', { id: id! })
    expect(input.kept).toBe(true)
    expect(input.session).toMatchObject({ status: 'finished', title: 'A fight at school dismissal, and a video that spreads', date: '2026-10-08' })
    const report = buildReport(input, defaultReportOptions('en'))
    expect(report.sections).toHaveLength(11)
    expect(report.timeline.map((m) => [m.entries.length, m.injects.map((i) => i.entries.length)])).toEqual([
      [0, [2]],
      [0, [1]],
    ])
    expect(report.gaps.map((g) => [g.number, g.reasons.length])).toEqual([
      [1, 1],
      [2, 2],
    ])
    expect(report.map.nodes.map((n) => n.code)).toEqual(['O1', 'O2', 'O3', 'R1', 'N1', 'N2'])
    expect(report.map.edges).toHaveLength(2)
    expect([report.plan.length, report.analysis.length, report.parkingLot.length, report.committed.length, report.appendix.length]).toEqual([2, 2, 1, 1, 3])
    expect(report.objectives.map((o) => o.rating.slice(0, 2))).toEqual(['S:', 'M:', 'No'])
    // The organizations it names are this laptop's own starter ones, not copies.
    const organizations = await first.call('inventory.listOrganizations', {})
    expect(new Set(organizations.map((o) => o.name)).size).toBe(organizations.length)
    expect(await first.call('sessions.removeExample', {})).toEqual({ removed: true })
    expect(await first.call('sessions.example', {})).toEqual({ id: null })
    first.store.close()
    const again = startApp(dir, { clock })
    expect(await again.call('sessions.list', {})).toEqual([])
    again.store.close()
  })
})
