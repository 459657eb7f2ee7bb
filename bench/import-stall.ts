// Does an import hold up the session being run? The services as `serve` runs them (the built
// import worker included) import 50,000 rows: the file streamed to the upload folder as the bridge
// receives it, then previewed and committed through the one door, while the facilitator's console saves a captured note every 25 ms. Measured together: the longest pause of this
// thread's event loop during the import and during the same time with edits alone (baseline),
// and the edits' latency (p99) during the import.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { openStore } from '../src/main/store/open-store'
import { randomUUID } from 'node:crypto'
import { capture } from '../src/shared/session/actions'
import { emptySessionDocument } from '../src/shared/session/document'
import { Readable } from 'node:stream'
import { createUploadFiles } from '../src/main/services/upload-files'
import { largeInventoryCsv } from './inventory-fixture'
import { percentile } from './stats'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const WORKER = join(ROOT, 'out/main/import-worker.js')
const ROWS = 50_000
const EDIT_EVERY_MS = 25

export interface ImportStallFigures {
  import_stall_ms: number
  baseline_stall_ms: number
  edit_during_import_p99: number
  edit_baseline_p99: number
}

type Dispatch = ReturnType<typeof createDispatch>

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  // The bridge parses each request's JSON on this thread too: so does the benchmark.
  const result = await dispatch(name, JSON.parse(JSON.stringify(input)))
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as T
}


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Captures a note in a running session again and again until stopped (the console's own action); gives each save's latency. */
async function keepCapturing(dispatch: Dispatch): Promise<() => Promise<number[]>> {
  const scenarios = await call<{ id: string }[]>(dispatch, 'scenarios.list', {})
  const session = await call<{ id: string }>(dispatch, 'sessions.create', { scenarioId: scenarios[0]!.id, areaNumber: 26, date: '2026-12-05' })
  let running = true
  const latencies: number[] = []
  const loop = (async () => {
    let document = emptySessionDocument()
    for (let revision = 0; running; revision++) {
      const change = capture(document, { kind: 'note', text: `A note said while the import runs, number ${revision}.`, moduleId: 'm1' }, { now: new Date(), newId: randomUUID })!
      document = change.document
      const started = performance.now()
      await call(dispatch, 'sessions.applyChange', { sessionId: session.id, baseRevision: revision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
      latencies.push(performance.now() - started)
      await sleep(EDIT_EVERY_MS)
    }
  })()
  return async () => {
    running = false
    await loop
    return latencies
  }
}

/** The longest event-loop pause while `work` runs, in ms (after a full collection when node allows one, so both windows start alike). */
export async function longestPause(work: () => Promise<void>): Promise<number> {
  ;(globalThis as { gc?: () => void }).gc?.()
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  await work()
  histogram.disable()
  return histogram.max / 1e6
}

export async function measureImportStall(workDir: string): Promise<ImportStallFigures> {
  if (!existsSync(WORKER)) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('electron-vite build failed')
  }
  const store = openStore({ dataDir: join(workDir, 'import-stall') })
  const uploads = createUploadFiles(join(workDir, 'import-stall-uploads'))
  const dispatch = createDispatch(
    createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: join(ROOT, 'resources'), scenariosDir: join(ROOT, 'scenarios'), importWorkerFile: WORKER, exampleSession: false, uploads }),
  )
  const bytes = Buffer.from(largeInventoryCsv(ROWS))
  // As the bridge receives a file the page sends: 64 KB at a time, streamed to the upload folder.
  const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536))

  let importMs = 0
  let importEdits: number[] = []
  const importStall = await longestPause(async () => {
    const stopCapturing = await keepCapturing(dispatch)
    const started = performance.now()
    const { uploadId } = await uploads.receive('fifty-thousand.csv', Readable.from(chunks))
    let job = await call<{ jobId: string; state: string; error: unknown }>(dispatch, 'inventory.previewImport', { files: [{ fileName: 'fifty-thousand.csv', uploadId }] })
    while (job.state === 'reading') {
      await sleep(50)
      job = await call(dispatch, 'inventory.importJob', { jobId: job.jobId })
    }
    if (job.state !== 'ready') throw new Error(`the import failed: ${JSON.stringify(job.error)}`)
    const result = await call<{ counts: { new: number } }>(dispatch, 'inventory.commitImport', { previewId: job.jobId })
    if (result.counts.new !== ROWS) throw new Error(`imported ${result.counts.new} of ${ROWS}`)
    importMs = performance.now() - started
    importEdits = await stopCapturing()
  })

  // The same length of time with the edits alone.
  let baselineEdits: number[] = []
  const baselineStall = await longestPause(async () => {
    const stopCapturing = await keepCapturing(dispatch)
    await sleep(importMs)
    baselineEdits = await stopCapturing()
  })
  store.close()
  return {
    import_stall_ms: importStall,
    baseline_stall_ms: baselineStall,
    edit_during_import_p99: percentile(importEdits, 99),
    edit_baseline_p99: percentile(baselineEdits, 99),
  }
}
