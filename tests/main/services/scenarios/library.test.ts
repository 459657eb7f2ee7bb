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
