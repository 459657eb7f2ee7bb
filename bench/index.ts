// `npm run bench [-- NAME]`: measures the foundation's hot paths through the real code and
// prints one line per figure: `bench NAME VALUE UNIT`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { createInventoryService } from '../src/main/services/inventory'
import { openStore } from '../src/main/store/open-store'
import { contract } from '../src/shared/contract'
import { capture } from '../src/shared/session/actions'
import { emptySessionDocument } from '../src/shared/session/document'
import { largeInventoryCsv } from './inventory-fixture'
import { largeExercise } from './exercise-fixture'
import type { GraphFigures } from './graph'
import { analyzeGaps, createMaskCache, type Coverage } from '../src/shared/exercise/gaps'
import { indexResources, suggestResources } from '../src/shared/exercise/suggestions'

const RESOURCES_DIR = fileURLToPath(new URL('../resources', import.meta.url))
const SCENARIOS_DIR = fileURLToPath(new URL('../scenarios', import.meta.url))

interface Benchmark {
  name: string
  unit: string
  run: (workDir: string) => Promise<number> | number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function round(value: number): number {
  return Number(value.toPrecision(4))
}

const INVENTORY_ROWS = 50_000
let inventoryCsv: Uint8Array | undefined
function inventoryFile(): Uint8Array {
  inventoryCsv ??= new TextEncoder().encode(largeInventoryCsv(INVENTORY_ROWS))
  return inventoryCsv
}

/** Import throughput and the bare-insert baseline are measured together: the ratio needs both. */
let importFigures: { importRate: number; baselineRate: number } | undefined
function measureImport(workDir: string): { importRate: number; baselineRate: number } {
  if (importFigures) return importFigures
  const bytes = inventoryFile()
  const imports: number[] = []
  const baselines: number[] = []
  for (let run = 0; run < 5; run++) {
    const store = openStore({ dataDir: join(workDir, `import-${run}`) })
    const inventory = createInventoryService(store.db)
    const started = performance.now()
    const plan = inventory.importCsv('bench.csv', bytes)
    imports.push(INVENTORY_ROWS / ((performance.now() - started) / 1000))
    if (plan.problems.length > 0 || plan.counts.new !== INVENTORY_ROWS) throw new Error(`bench file did not import: ${JSON.stringify(plan.problems[0])}`)

    // The same rows, written by a bare loop of prepared inserts into an empty copy of the schema.
    const organizationColumns = (store.db.prepare('SELECT * FROM organization LIMIT 1').columns()).map((c) => c.name)
    const serviceColumns = (store.db.prepare('SELECT * FROM service LIMIT 1').columns()).map((c) => c.name)
    const rows = {
      organizations: store.db.prepare('SELECT * FROM organization').raw().all() as unknown[][],
      services: store.db.prepare('SELECT * FROM service').raw().all() as unknown[][],
    }
    store.close()
    const empty = openStore({ dataDir: join(workDir, `baseline-${run}`) })
    const db = empty.db
    const insertInto = (table: string, names: string[]) =>
      db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    const insertOrganization = insertInto('organization', organizationColumns)
    const insertService = insertInto('service', serviceColumns)
    const baselineStarted = performance.now()
    db.transaction(() => {
      for (const row of rows.organizations) insertOrganization.run(row)
      for (const row of rows.services) insertService.run(row)
    })()
    baselines.push(INVENTORY_ROWS / ((performance.now() - baselineStarted) / 1000))
    empty.close()
  }
  importFigures = { importRate: median(imports), baselineRate: median(baselines) }
  return importFigures
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!
}

/** A session edited 1,000 times with the console's own action, then reopened (measured together). */
let sessionFigures: { editP99: number; historyLoad: number } | undefined
async function measureSessionEdits(workDir: string): Promise<{ editP99: number; historyLoad: number }> {
  if (sessionFigures) return sessionFigures
  const store = openStore({ dataDir: join(workDir, 'session-edits') })
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
  const scenarios = (await dispatch('scenarios.list', {})) as { ok: true; value: { id: string }[] }
  const created = (await dispatch('sessions.create', { scenarioId: scenarios.value[0]!.id, areaNumber: 26, date: '2026-12-05' })) as { ok: true; value: { id: string } }
  const times: number[] = []
  let document = emptySessionDocument()
  for (let revision = 0; revision < 1000; revision++) {
    // The console's own action, as a facilitator's Enter in the capture box makes it.
    const change = capture(document, { kind: 'note', text: `A note of ordinary length, number ${revision}.`, moduleId: 'm1' }, { now: new Date(), newId: randomUUID })!
    document = change.document
    const started = performance.now()
    const result = await dispatch('sessions.applyChange', { sessionId: created.value.id, baseRevision: revision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
    times.push(performance.now() - started)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
  }
  const loads: number[] = []
  for (let run = 0; run < 5; run++) {
    const reopened = performance.now()
    const history = await dispatch('sessions.undoHistory', { id: created.value.id })
    loads.push(performance.now() - reopened)
    if (!history.ok) throw new Error(JSON.stringify(history.error))
  }
  store.close()
  sessionFigures = { editP99: percentile(times, 0.99), historyLoad: median(loads) }
  return sessionFigures
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

/** The report figures come from one build of the large session's report and one print of it. */
let reportFigures: { htmlMs: number; pdfMs: number; pdfPages: number } | undefined
async function measureReport(): Promise<{ htmlMs: number; pdfMs: number; pdfPages: number }> {
  if (reportFigures) return reportFigures
  const { largeReportInput } = await import('./report-fixture')
  const { buildReport } = await import('../src/shared/report/model')
  const { renderReportHtml } = await import('../src/shared/report/html')
  const { defaultReportOptions } = await import('../src/shared/report/options')
  const input = largeReportInput()
  const times: number[] = []
  let html = ''
  for (let run = 0; run < 7; run++) {
    const started = performance.now()
    html = renderReportHtml(buildReport(input, { ...defaultReportOptions('en'), people: 'names', facilitatorNotes: true }, 'America/Chicago'))
    times.push(performance.now() - started)
  }
  const { chromium } = await import('@playwright/test')
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate))
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const prints: number[] = []
    let pages = 0
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage()
      const started = performance.now()
      await page.setContent(html)
      const pdf = await page.pdf({ format: 'Letter', printBackground: true })
      prints.push(performance.now() - started)
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length
      await page.close()
    }
    reportFigures = { htmlMs: median(times), pdfMs: median(prints), pdfPages: pages }
  } finally {
    await browser.close()
  }
  return reportFigures
}

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
