import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../../src/main/services'
import { openStore } from '../../../../src/main/store/open-store'
import { AppError } from '../../../../src/shared/errors'
import { answerItem, captureItem, mergeItems } from '../../../../src/shared/townhall/actions'
import type { TownHallDocument } from '../../../../src/shared/townhall/document'
import type { PerformedChange } from '../../../../src/shared/journal/action'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const clock = () => new Date('2026-12-05T19:00:00.000Z')
let n = 0
const context = { now: clock(), newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` }

function open(dataDir: string) {
  const store = openStore({ dataDir })
  const handlers = createHandlers({ store, appVersion: 't', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR, clock, exampleSession: false })
  return { store, handlers }
}

const draft = { title: 'Austin safety town hall', areaNumbers: [25], date: '2026-12-05', place: '', topics: '', expectedAttendance: null, languages: ['en', 'es'] as ('en' | 'es')[] }

function save(handlers: ReturnType<typeof open>['handlers'], id: string, revision: number, change: PerformedChange<TownHallDocument> | undefined) {
  if (!change) throw new Error('the action changed nothing')
  return handlers['townHalls.applyChange']({ townHallId: id, baseRevision: revision, label: change.label, patches: change.patches as never, inversePatches: change.inversePatches as never })
}

describe('town halls', () => {
  it('starts with the starter themes, keeps every change across a restart, and lists by date', async () => {
    const dataDir = tempDir()
    let { store, handlers } = open(dataDir)
    const townHall = await handlers['townHalls.create'](draft)
    expect(townHall).toMatchObject({ status: 'planned', areaNumbers: [25], languages: ['en', 'es'], place: '', expectedAttendance: null })
    const start = await handlers['townHalls.state']({ id: townHall.id })
    expect(start.revision).toBe(0)
    expect(start.document.themes.map((t) => t.starter)).toEqual(['safety', 'lighting', 'youth', 'mentalHealth', 'policing', 'housing', 'transit', 'sanitation'])

    const first = captureItem(start.document, { text: 'The alley lights on Chicago Ave are out', kind: 'concern', language: 'en' }, context)!
    await save(handlers, townHall.id, 0, first)
    const second = captureItem(first.document, { text: '¿Cuándo arreglan las luces?', kind: 'question', language: 'es', speakerName: 'Rosa', place: 'Mic 2' }, context)!
    await save(handlers, townHall.id, 1, second)
    const merged = mergeItems(second.document, { ids: second.document.items.map((i) => i.id) }, context)
    await save(handlers, townHall.id, 2, merged)
    store.close()

    ;({ store, handlers } = open(dataDir))
    const after = await handlers['townHalls.state']({ id: townHall.id })
    expect(after.revision).toBe(3)
    expect(after.document.items.map((i) => [i.text, i.mergedInto === undefined])).toEqual([
      ['The alley lights on Chicago Ave are out', true],
      ['¿Cuándo arreglan las luces?', false],
    ])
    expect(after.document.items[1]).toMatchObject({ speaker: { name: 'Rosa', consent: true }, place: 'Mic 2', language: 'es' })
    // The merged question left the queue; its group's lead (a concern) stands for it.
    expect(after.document.queue).toEqual([after.document.items[0]!.id])
    const history = await handlers['townHalls.undoHistory']({ id: townHall.id })
    expect(history.undo.map((e) => e.label.key)).toEqual(['action.townHall.capture', 'action.townHall.capture', 'action.townHall.merge'])
    const later = await handlers['townHalls.create']({ ...draft, title: 'Later', date: '2027-01-09' })
    expect((await handlers['townHalls.list']({})).map((t) => t.id)).toEqual([later.id, townHall.id])
    store.close()
  })

  it('refuses a stale change and any change once finished, and reopens', async () => {
    const { store, handlers } = open(tempDir())
    const townHall = await handlers['townHalls.create'](draft)
    const { document } = await handlers['townHalls.state']({ id: townHall.id })
    const change = captureItem(document, { text: 'More youth jobs', kind: 'suggestion', language: 'en' }, context)
    await save(handlers, townHall.id, 0, change)
    await expect(Promise.resolve().then(() => save(handlers, townHall.id, 0, change))).rejects.toMatchObject({ code: 'CONFLICT', reason: 'error.townHall.conflict' })
    await handlers['townHalls.setStatus']({ id: townHall.id, status: 'running' })
    await handlers['townHalls.setStatus']({ id: townHall.id, status: 'finished' })
    const answered = answerItem(change!.document, { id: change!.document.items[0]!.id, text: 'Summer jobs open in March', by: 'DFSS' }, context)
    await expect(Promise.resolve().then(() => save(handlers, townHall.id, 1, answered))).rejects.toMatchObject({ code: 'CONFLICT', reason: 'error.townHall.finished' })
    await expect(Promise.resolve().then(() => handlers['townHalls.setStatus']({ id: townHall.id, status: 'planned' }))).rejects.toBeInstanceOf(AppError)
    await handlers['townHalls.setStatus']({ id: townHall.id, status: 'running' })
    expect(await save(handlers, townHall.id, 1, answered)).toEqual({ revision: 2 })
    store.close()
  })

  it('refuses an item without consent for its speaker’s name, whole', async () => {
    const { store, handlers } = open(tempDir())
    const townHall = await handlers['townHalls.create'](draft)
    const item = { id: 'x', text: 'Hi', kind: 'concern', language: 'en', speaker: { name: 'Ana', consent: false }, at: clock().toISOString() }
    await expect(
      Promise.resolve().then(() =>
        handlers['townHalls.applyChange']({ townHallId: townHall.id, baseRevision: 0, label: { key: 'action.townHall.capture', values: { kind: 'concern' } }, patches: [{ op: 'add', path: ['items', 0], value: item }], inversePatches: [] }),
      ),
    ).rejects.toMatchObject({ reason: 'error.townHall.changeInvalid' })
    expect((await handlers['townHalls.state']({ id: townHall.id })).revision).toBe(0)
    store.close()
  })

  it('suggests the services of a theme’s categories that serve the town hall’s area', async () => {
    const { store, handlers } = open(tempDir())
    const townHall = await handlers['townHalls.create'](draft)
    const { document } = await handlers['townHalls.state']({ id: townHall.id })
    const lighting = document.themes.find((t) => t.starter === 'lighting')!
    const suggested = await handlers['townHalls.suggestServices']({ id: townHall.id, themeId: lighting.id })
    expect(suggested.length).toBeGreaterThan(0)
    for (const service of suggested) {
      expect(lighting.categories).toContain(service.category)
      expect(service.citywide || service.areaNumbers.includes(25)).toBe(true)
    }
    const policing = document.themes.find((t) => t.starter === 'policing')!
    expect(await handlers['townHalls.suggestServices']({ id: townHall.id, themeId: policing.id })).toEqual([])
    store.close()
  })
})
