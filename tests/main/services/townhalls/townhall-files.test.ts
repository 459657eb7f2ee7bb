import { describe, expect, it } from 'vitest'
import { buildTownHallReport } from '../../../../src/shared/townhall/report/model'
import { word } from '../../../../src/shared/i18n/said'
import { startApp } from '../../../helpers/app'
import { AUSTIN_TOWN_HALL, playAustinTownHall } from '../../../helpers/played-townhall'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let tick = 0
const clock = () => new Date(Date.UTC(2026, 10, 13, 0, 30) + 20_000 * tick++)

describe('town-hall files', () => {
  it('carries a whole town hall to another laptop: the same report there, asked before replacing, or kept beside a copy', async () => {
    const here = startApp(tempDir(), { clock, exampleSession: false })
    const { townHallId } = await playAustinTownHall(here.call, clock)
    const file = await here.call('townHalls.exportFile', { id: townHallId })
    expect(file.fileName).toBe('2026-11-12-austin-community-safety-town-hall.roundtable-townhall.json')
    const before = buildTownHallReport(await here.call('townHalls.reportInput', { id: townHallId }), 'en')
    here.store.close()

    const there = startApp(tempDir(), { clock, exampleSession: false })
    // The other laptop's starter inventory has the same organizations and services by name: nothing is added.
    expect(await there.call('townHalls.importFile', { content: file.content, mode: 'ask' })).toEqual({ outcome: 'imported', townHallId, organizationsAdded: 0, servicesAdded: 0 })
    expect(buildTownHallReport(await there.call('townHalls.reportInput', { id: townHallId }), 'en')).toEqual(before)
    expect(await there.call('townHalls.get', { id: townHallId })).toMatchObject({ status: 'finished', title: AUSTIN_TOWN_HALL })

    expect(await there.call('townHalls.importFile', { content: file.content, mode: 'ask' })).toEqual({ outcome: 'exists', townHallId, title: AUSTIN_TOWN_HALL })
    const copy = await there.call('townHalls.importFile', { content: file.content, mode: 'copy' })
    expect(copy).toMatchObject({ outcome: 'imported' })
    if (copy.outcome !== 'imported') throw new Error('not imported')
    expect(copy.townHallId).not.toBe(townHallId)
    expect((await there.call('townHalls.state', { id: copy.townHallId })).document.items).toHaveLength(42)
    expect(await there.call('townHalls.importFile', { content: file.content, mode: 'replace' })).toMatchObject({ outcome: 'imported', townHallId })
    expect((await there.call('townHalls.list', {})).map((t) => t.id).sort()).toEqual([townHallId, copy.townHallId].sort())
    expect((await there.call('townHalls.state', { id: townHallId })).revision).toBe(0)
    there.store.close()
  }, 60_000)

  it('adds the organizations and services a laptop lacks', async () => {
    const here = startApp(tempDir(), { clock, exampleSession: false })
    const { townHallId } = await playAustinTownHall(here.call, clock)
    const file = await here.call('townHalls.exportFile', { id: townHallId })
    here.store.close()
    const there = startApp(tempDir(), { clock, exampleSession: false })
    await there.call('inventory.removeStarter', {})
    const read = await there.call('townHalls.importFile', { content: file.content, mode: 'ask' })
    const parsed = JSON.parse(file.content) as { organizations: unknown[]; services: unknown[] }
    expect(read).toEqual({ outcome: 'imported', townHallId, organizationsAdded: parsed.organizations.length, servicesAdded: parsed.services.length })
    const report = buildTownHallReport(await there.call('townHalls.reportInput', { id: townHallId }), 'en')
    expect(report.resources.find((r) => r.theme === 'Safety')!.services).toHaveLength(3)
    there.store.close()
  }, 60_000)

  it('refuses a file that is not one, or is newer, or is wrong somewhere, naming the place', async () => {
    const { call, store } = startApp(tempDir(), { clock, exampleSession: false })
    const { townHallId } = await playAustinTownHall(call, clock)
    const file = JSON.parse((await call('townHalls.exportFile', { id: townHallId })).content) as Record<string, unknown> & { document: { items: { text: string; themeId?: string }[] } }
    store.close()
    const fresh = startApp(tempDir(), { clock, exampleSession: false })
    const read = (content: string) => fresh.call('townHalls.importFile', { content, mode: 'ask' })
    /** The whole file's one problem, in English and in Spanish. */
    const refusal = async (content: string) => {
      const result = await read(content)
      const problem = result.outcome === 'invalid' && result.problems.length === 1 && result.problems[0]!.path === '' ? result.problems[0]! : undefined
      return problem && [problem.message, word('es', problem)]
    }
    expect(await refusal('{ not json')).toEqual(['This is not a Roundtable town-hall file: its text is not JSON.', 'Este no es un archivo de asamblea de Roundtable: su texto no es JSON.'])
    expect((await refusal('{"roundtableSession":1}'))?.[0]).toBe('This is not a Roundtable town-hall file: it has no "roundtableTownHall" version.')
    expect(await refusal(JSON.stringify({ ...file, roundtableTownHall: 9 }))).toEqual([
      'This town-hall file was written by a newer Roundtable (version 9); update Roundtable to open it.',
      'Este archivo de asamblea lo escribió una versión más nueva de Roundtable (versión 9); actualice Roundtable para abrirlo.',
    ])
    file.document.items[3]!.text = ''
    file.document.items[4]!.themeId = 'no-such-theme'
    const wrong = await read(JSON.stringify(file))
    expect(wrong.outcome).toBe('invalid')
    expect(wrong.outcome === 'invalid' && wrong.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(/^document\.items\.3\.text: /m)
    expect((await fresh.call('townHalls.list', {})).length).toBe(0)
    fresh.store.close()
  }, 60_000)

  it('ships an example town hall on the first run, removable for good', async () => {
    const dataDir = tempDir()
    let app = startApp(dataDir, { clock })
    const { id } = await app.call('townHalls.example', {})
    expect(id).not.toBeNull()
    const report = buildTownHallReport(await app.call('townHalls.reportInput', { id: id! }), 'en')
    expect(report).toMatchObject({ title: AUSTIN_TOWN_HALL, running: false, gaps: [{ theme: 'Transit', count: 3 }] })
    expect(report.faq).toHaveLength(8)
    expect(report.followUps).toHaveLength(5)
    expect(report.resources.flatMap((r) => r.services)).toHaveLength(18)
    expect(await app.call('townHalls.removeExample', {})).toEqual({ removed: true })
    expect(await app.call('townHalls.example', {})).toEqual({ id: null })
    app.store.close()
    app = startApp(dataDir, { clock })
    expect(await app.call('townHalls.list', {})).toEqual([])
    expect(await app.call('townHalls.removeExample', {})).toEqual({ removed: false })
    app.store.close()
  }, 60_000)
})
