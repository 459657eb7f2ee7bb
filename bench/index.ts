// `npm run bench [-- NAME]`: measures the foundation's hot paths through the real code and
// prints one line per figure: `bench NAME VALUE UNIT`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { createInventoryService } from '../src/main/services/inventory'
import { openStore } from '../src/main/store/open-store'
import { contract } from '../src/shared/contract'
import { largeExercise } from './exercise-fixture'
import type { GraphFigures } from './graph'
import { analyzeGaps, createMaskCache, type Coverage } from '../src/shared/exercise/gaps'
import { indexResources, suggestResources } from '../src/shared/exercise/suggestions'
import { inventoryFile, measureImport } from './inventory-import'
import { measureReport } from './report'
import { measureSessionEdits } from './session-edits'
import { median, round } from './stats'

const RESOURCES_DIR = fileURLToPath(new URL('../resources', import.meta.url))
const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios', import.meta.url))

interface Benchmark {
  name: string
  unit: string
  run: (workDir: string) => Promise<number> | number
}

/**
 * The map figures all come from one set of browser runs (see graph.ts), loaded only when asked
 * for: Playwright in the same process slows the other benchmarks' hot loops by a third.
 */
const graphBenchmark = (figure: keyof GraphFigures, unit: string): Benchmark => ({
  name: `graph.${figure}`,
  unit,
  run: async (workDir) => {
    const { measureGraph } = await import('./graph')
    return (await measureGraph(join(workDir, 'graph')))[figure]
  },
})

const townHallBenchmark = (figure: 'capture_p95' | 'capture_median' | 'merge_ms'): Benchmark => ({
  name: `townhall.${figure}`,
  unit: 'ms',
  run: async (workDir) => {
    const { measureTownHall } = await import('./townhall')
    return (await measureTownHall(workDir))[figure]
  },
})

/** Category suggestions for an import: share right on the directory fixture, and 50,000 rows' time. */
const categorySuggestBenchmark = (figure: 'category_suggest_pct' | 'category_suggest_ms', unit: string): Benchmark => ({
  name: `inventory.${figure}`,
  unit,
  run: async () => {
    const { measureCategorySuggest } = await import('./category-suggest')
    return measureCategorySuggest()[figure]
  },
})

/** An import through the worker beside edits: measured once, for its four figures together. */
let stallFigures: Promise<import('./import-stall').ImportStallFigures> | undefined
const importStallBenchmark = (figure: keyof import('./import-stall').ImportStallFigures): Benchmark => ({
  name: `inventory.${figure}`,
  unit: 'ms',
  run: async (workDir) => {
    stallFigures ??= import('./import-stall').then(({ measureImportStall }) => measureImportStall(workDir))
    return (await stallFigures)[figure]
  },
})

let backupFigures: Promise<import('./backup').BackupFigures> | undefined
const backupBenchmark = (figure: keyof import('./backup').BackupFigures, unit: string): Benchmark => ({
  name: `backups.${figure}`,
  unit,
  run: async (workDir) => {
    backupFigures ??= import('./backup').then(({ measureBackup }) => measureBackup(workDir))
    return (await backupFigures)[figure]
  },
})

let languageFigures: Promise<import('./i18n').LanguageFigures> | undefined
const languageBenchmark = (figure: keyof import('./i18n').LanguageFigures): Benchmark => ({
  name: `i18n.${figure}`,
  unit: 'ms',
  run: async (workDir) => {
    languageFigures ??= import('./i18n').then(({ measureLanguageSwitch }) => measureLanguageSwitch(join(workDir, 'i18n')))
    return (await languageFigures)[figure]
  },
})

const benchmarks: Benchmark[] = [
  // The report of a large session (300 notes, 200 gaps, 500 map items): built as HTML, then printed by Chromium.
  { name: 'report.html_ms', unit: 'ms', run: async () => round((await measureReport()).htmlMs) },
  { name: 'report.pdf_ms', unit: 'ms', run: async () => round((await measureReport()).pdfMs) },
  { name: 'report.pdf_pages', unit: 'pages', run: async () => (await measureReport()).pdfPages },
  {
    // Saving one edit of a running session: contract check, patch, document check, journal and
    // state written durably in one transaction. p99 over 1,000 edits on a growing session.
    name: 'session.edit_p99',
    unit: 'ms',
    run: async (workDir) => (await measureSessionEdits(workDir)).editP99,
  },
  {
    // Reopening that session: Undo and Redo rebuilt from its journal of 1,000 changes.
    name: 'session.history_load',
    unit: 'ms',
    run: async (workDir) => (await measureSessionEdits(workDir)).historyLoad,
  },
  {
    // The live gap panel: 2,000 needs assessed against 50,000 inventory resources, with
    // suggestions from the inventory for every gap (median of 5 runs).
    name: 'exercise.gaps',
    unit: 'ms',
    run: () => {
      const { resources, needs, coverages, leads } = largeExercise(50_000, 2_000)
      const byId = new Map(resources.map((r) => [r.id, r]))
      const times: number[] = []
      let gaps = 0
      for (let run = 0; run < 5; run++) {
        const started = performance.now()
        const maskOf = createMaskCache()
        const index = indexResources(resources)
        const assessments = analyzeGaps(needs, coverages, leads, byId, { today: '2026-11-23' })
        const needById = new Map(needs.map((n) => [n.id, n]))
        const linked = new Map<string, Coverage[]>()
        for (const c of coverages) linked.set(c.needId, [...(linked.get(c.needId) ?? []), c])
        const led = new Set(leads.map((l) => l.needId))
        gaps = 0
        for (const assessment of assessments) {
          if (assessment.covered) continue
          gaps++
          const context = { links: linked.get(assessment.needId) ?? [], hasLead: led.has(assessment.needId), resources: byId }
          suggestResources(needById.get(assessment.needId)!, assessment, index, context, { today: '2026-11-23', maskOf })
        }
        times.push(performance.now() - started)
      }
      if (gaps === 0) throw new Error('the benchmark exercise has no gaps to suggest for')
      return median(times)
    },
  },
  {
    // 50,000 services from CSV through the real import path: decode, parse, check, plan, write.
    name: 'inventory.import',
    unit: 'rows/s',
    run: (workDir) => measureImport(workDir).importRate,
  },
  {
    name: 'inventory.insert_baseline',
    unit: 'rows/s',
    run: (workDir) => measureImport(workDir).baselineRate,
  },
  {
    name: 'inventory.import_ratio',
    unit: 'x',
    run: (workDir) => {
      const { importRate, baselineRate } = measureImport(workDir)
      return baselineRate / importRate
    },
  },
  // A backup of the 50,000-service file while the app runs: its time, and the event loop's longest pause meanwhile.
  backupBenchmark('backup_ms', 'ms'),
  backupBenchmark('backup_mb', 'MB'),
  backupBenchmark('backup_stall_ms', 'ms'),
  backupBenchmark('idle_stall_ms', 'ms'),
  importStallBenchmark('import_stall_ms'),
  importStallBenchmark('baseline_stall_ms'),
  importStallBenchmark('edit_during_import_p99'),
  importStallBenchmark('edit_baseline_p99'),
  categorySuggestBenchmark('category_suggest_pct', '%'),
  categorySuggestBenchmark('category_suggest_ms', 'ms'),
  {
    // A facilitator's typical question over 50,000 services, through the service layer:
    // what serves this area, in Spanish, open on Saturday at 1 am — and a text search.
    name: 'inventory.filter',
    unit: 'ms',
    run: (workDir) => {
      const store = openStore({ dataDir: join(workDir, 'filter') })
      const inventory = createInventoryService(store.db)
      inventory.importCsv('bench.csv', inventoryFile())
      const filters = [
        { areaNumber: 68, language: 'es', availableAt: { day: 5, minute: 60 } },
        { query: 'organization 123', sort: 'organization' },
        { category: 'street-outreach', staleMonths: 12, sort: 'lastVerified', direction: 'desc' },
        { status: 'active', sort: 'capacity', direction: 'desc', offset: 20_000 },
      ].map((filter) => contract['inventory.listServices'].input.parse(filter))
      const times: number[] = []
      for (let i = 0; i < 40; i++) {
        const started = performance.now()
        inventory.listServices(filters[i % filters.length]!)
        times.push(performance.now() - started)
      }
      store.close()
      return median(times)
    },
  },
  {
    // A first launch: create the file, run every migration, seed the areas.
    name: 'store.open_new',
    unit: 'ms',
    run: (workDir) => {
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        const store = openStore({ dataDir: join(workDir, `new-${i}`) })
        times.push(performance.now() - started)
        store.close()
      }
      return median(times)
    },
  },
  {
    // Every later launch: check the file (integrity_check included) and find nothing to migrate.
    name: 'store.open_existing',
    unit: 'ms',
    run: (workDir) => {
      const dataDir = join(workDir, 'existing')
      openStore({ dataDir }).close()
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        const store = openStore({ dataDir })
        times.push(performance.now() - started)
        store.close()
      }
      return median(times)
    },
  },
  {
    // One keystroke in the area search, through contract validation and the service.
    name: 'areas.search',
    unit: 'ms',
    run: async (workDir) => {
      const store = openStore({ dataDir: join(workDir, 'search') })
      const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
      const queries = ['l', 'la', 'law', 'lawn', 'little village', '30', '']
      const times: number[] = []
      for (let round = 0; round < 200; round++) {
        const started = performance.now()
        await dispatch('areas.list', { query: queries[round % queries.length] })
        times.push(performance.now() - started)
      }
      store.close()
      return median(times)
    },
  },
  {
    // Starring an area: one durable write (synchronous = FULL).
    name: 'areas.set_focus',
    unit: 'ms',
    run: async (workDir) => {
      const store = openStore({ dataDir: join(workDir, 'focus') })
      const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
      const times: number[] = []
      for (let i = 0; i < 200; i++) {
        const started = performance.now()
        await dispatch('areas.setFocus', { number: (i % 77) + 1, isFocus: i % 2 === 0 })
        times.push(performance.now() - started)
      }
      store.close()
      return median(times)
    },
  },
  graphBenchmark('mount', 'ms'),
  graphBenchmark('pan_p95', 'ms'),
  graphBenchmark('pan_max', 'ms'),
  graphBenchmark('drag_p95', 'ms'),
  graphBenchmark('drag_max', 'ms'),
  graphBenchmark('zoom_p95', 'ms'),
  graphBenchmark('zoom_max', 'ms'),
  graphBenchmark('fit_pan_fps', 'fps'),
  graphBenchmark('layout', 'ms'),
  graphBenchmark('layout_max_frame', 'ms'),
  graphBenchmark('layout_apply', 'ms'),
  // A town hall with 2,000 items: Enter to the item shown and saved, in the built app; merging 50.
  townHallBenchmark('capture_p95'),
  townHallBenchmark('capture_median'),
  townHallBenchmark('merge_ms'),
  // English ⇄ Spanish with a running session's console open, in the built app.
  languageBenchmark('switch_ms'),
  languageBenchmark('switch_max_ms'),
]

const wanted = process.argv.slice(2).filter((arg) => arg !== '--')
const selected = benchmarks.filter((b) => wanted.length === 0 || wanted.some((w) => b.name === w || b.name.startsWith(w + '.')))
if (selected.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`)
  process.exit(1)
}

const workDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
try {
  for (const benchmark of selected) {
    const value = await benchmark.run(workDir)
    console.log(`bench ${benchmark.name} ${round(value)} ${benchmark.unit}`)
  }
} finally {
  rmSync(workDir, { recursive: true, force: true })
}
