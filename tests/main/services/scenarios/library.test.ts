import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createScenarioLibrary } from '../../../../src/main/services/scenarios'
import { openStore } from '../../../../src/main/store/open-store'
import { SCENARIOS_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const all = { query: '' }

describe('scenario library', () => {
  it('loads the bundled case examples on the first run, once', () => {
    const store = openStore({ dataDir: tempDir() })
    const library = createScenarioLibrary(store.db)
    expect(library.loadBundled(SCENARIOS_DIR)).toEqual({ added: 5, updated: 0 })
    expect(library.loadBundled(SCENARIOS_DIR)).toEqual({ added: 0, updated: 0 })
    const titles = library.list(all).map((s) => s.title)
    expect(titles).toContain('Saturday night shooting near ${park}')
    expect(titles).toContain('Plan de verano en La Villita: prevenir antes del aumento')
    store.close()
  })

  it('filters by text, area (names and variants resolved), type and language', () => {
    const store = openStore({ dataDir: tempDir() })
    const library = createScenarioLibrary(store.db)
    library.loadBundled(SCENARIOS_DIR)
    expect(library.list({ query: 'vigil' }).map((s) => s.title)).toEqual(['Saturday night shooting near ${park}'])
    expect(library.list({ query: '', areaNumber: 30 }).map((s) => s.language)).toEqual(['es'])
    expect(library.list({ query: '', language: 'es' })).toHaveLength(1)
    expect(library.list({ query: '', areaNumber: 68 }).map((s) => s.title)).toEqual(['Fourth of July heat-wave weekend in Englewood'])
    expect(library.list({ query: '', type: 'drill' })).toEqual([])
    const summary = library.list({ query: 'heat' })[0]!
    expect(summary).toMatchObject({ areaNumbers: [67, 68], moduleCount: 3, origin: 'bundled' })
    store.close()
  })

  it('updates a bundled scenario when the app ships a new version of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-scenarios-'))
    cpSync(SCENARIOS_DIR, dir, { recursive: true })
    const store = openStore({ dataDir: tempDir() })
    const library = createScenarioLibrary(store.db)
    library.loadBundled(dir)
    const file = join(dir, 'vacant-building-hot-spot.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: 2 hours', 'duration: 90 minutes'))
    expect(library.loadBundled(dir)).toEqual({ added: 0, updated: 1 })
    const id = library.list({ query: 'vacant' })[0]!.id
    expect(library.get(id).scenario.overview.duration).toBe('90 minutes')
    store.close()
  })

  it('refuses to start with an invalid bundled scenario, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-scenarios-'))
    writeFileSync(join(dir, 'bad.yaml'), 'formatVersion: 2\n')
    const store = openStore({ dataDir: tempDir() })
    expect(() => createScenarioLibrary(store.db).loadBundled(dir)).toThrow(/The bundled scenario bad\.yaml is invalid/)
    store.close()
  })
})

describe('scenario files in and out', () => {
  const setup = () => {
    const store = openStore({ dataDir: tempDir() })
    const library = createScenarioLibrary(store.db)
    library.loadBundled(SCENARIOS_DIR)
    return { store, library }
  }

  it('exports one scenario as YAML and several as a bundle, and re-importing them changes nothing', () => {
    const { store, library } = setup()
    const ids = library.list(all).map((s) => s.id)
    const copy = library.duplicate(ids[0]!)
    const single = library.exportFile([copy.id])
    expect(single.fileName).toMatch(/\.yaml$/)
    expect(library.importFiles([{ name: single.fileName, text: single.content }])).toMatchObject({ ok: true, imported: 0, updated: 0, unchanged: 1 })
    const bundle = library.exportFile([copy.id, ids[1]!])
    expect(bundle.content).toMatch(/^roundtableBundle: 1/)
    expect(library.importFiles([{ name: bundle.fileName, text: bundle.content }])).toMatchObject({ ok: true, unchanged: 2, imported: 0 })
    // A changed case example comes back as a copy: the original stays as shipped.
    const changed = bundle.content.replace('duration: 2 hours', 'duration: 4 hours')
    expect(changed).not.toBe(bundle.content)
    expect(library.importFiles([{ name: bundle.fileName, text: changed }])).toMatchObject({ ok: true, imported: 1, unchanged: 1 })
    store.close()
  })

  it('a duplicate is a scenario of its own: new id, "(copy)" in its language, its needs and modules numbered afresh', () => {
    const { store, library } = setup()
    for (const summary of library.list(all)) {
      const original = library.get(summary.id).scenario
      const copy = library.get(library.duplicate(summary.id).id).scenario
      expect(copy.id).not.toBe(original.id)
      expect(copy.overview.title).toBe(`${original.overview.title} ${original.overview.language === 'es' ? '(copia)' : '(copy)'}`)
      expect(copy.modules.map((m) => m.id)).toEqual(original.modules.map((_, m) => `m${m + 1}`))
      const needs = copy.modules.flatMap((m) => m.needs.map((n) => n.id))
      expect(needs).toEqual(needs.map((_, n) => `n${n + 1}`))
      expect(copy.modules.flatMap((m) => m.needs.map((n) => n.description))).toEqual(original.modules.flatMap((m) => m.needs.map((n) => n.description)))
    }
    store.close()
  })

  it('imports nothing when any file has an error, and lists every error', () => {
    const { store, library } = setup()
    const good = library.exportFile([library.duplicate(library.list(all)[0]!.id).id])
    const before = library.list(all).length
    const result = library.importFiles([
      { name: 'fresh.yaml', text: good.content.replace(/^id: .+$/m, 'id: 11111111-2222-4333-8444-555555555555') },
      { name: 'bad.yaml', text: 'formatVersion: 7\n' },
    ])
    expect(result).toMatchObject({ ok: false, imported: 0, errors: [{ file: 'bad.yaml', line: 1, path: 'formatVersion' }] })
    expect(library.list(all)).toHaveLength(before)
    store.close()
  })

  it('saves an edit of a case example as the facilitator’s own copy, leaving the original to app updates', () => {
    const { store, library } = setup()
    const original = library.list({ query: 'vacant' })[0]!
    const { scenario } = library.get(original.id)
    const edited = { ...scenario, overview: { ...scenario.overview, duration: '90 minutes' } }
    const saved = library.save(edited)
    expect(saved.copied).toBe(true)
    expect(saved.scenario.id).not.toBe(original.id)
    expect(library.get(original.id).scenario.overview.duration).toBe('2 hours')
    const again = library.save({ ...saved.scenario, overview: { ...saved.scenario.overview, duration: '100 minutes' } })
    expect(again).toMatchObject({ copied: false, scenario: { id: saved.scenario.id } })
    store.close()
  })

  it('removes a scenario with undo, and a removed case example does not come back with the next app start', () => {
    const { store, library } = setup()
    const first = library.list(all)[0]!
    library.remove(first.id)
    expect(library.list(all).map((s) => s.id)).not.toContain(first.id)
    library.loadBundled(SCENARIOS_DIR)
    expect(library.list(all).map((s) => s.id)).not.toContain(first.id)
    library.restore(first.id)
    expect(library.list(all).map((s) => s.id)).toContain(first.id)
    store.close()
  })
})
