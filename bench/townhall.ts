// The town-hall benchmark: a town hall with 2,000 items already captured, run in the built app
// (`serve` and headless Chromium). capture_p95 is from the Enter key to the new item shown in the
// list and saved (the status says so), over 100 captures; merge_ms is merging 50 of the 2,000
// items, performed and saved through the one door (median of 5).
import { chromium } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { openStore } from '../src/main/store/open-store'
import { captureItem, mergeItems } from '../src/shared/townhall/actions'
import type { TownHallDocument } from '../src/shared/townhall/document'
import { chromiumPath, startServe } from './graph'
import { profileWhile } from './profile'
import { call } from './dispatch-call'
import { percentile } from './stats'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ITEMS = 2000
const CAPTURES = 100
const THEMES = ['Lights out on the block', 'Dumped tires in the alley', 'Summer jobs for teens', 'Buses late at night', 'Rent going up']

export interface TownHallFigures {
  capture_p95: number
  capture_median: number
  merge_ms: number
}


type Dispatch = ReturnType<typeof createDispatch>

/** A town hall holding `ITEMS` items said in the room (concerns and suggestions), saved as 500-item changes. */
async function seedTownHall(dispatch: Dispatch): Promise<{ id: string; document: TownHallDocument; revision: number }> {
  const { id } = await call<{ id: string }>(dispatch, 'townHalls.create', { title: 'Bench town hall', areaNumbers: [25], date: '2026-12-05' })
  let { document, revision } = await call<{ document: TownHallDocument; revision: number }>(dispatch, 'townHalls.state', { id })
  const context = { now: new Date('2026-12-05T19:00:00Z'), newId: randomUUID }
  for (let start = 0; start < ITEMS; start += 500) {
    let next = document
    for (let n = start; n < start + 500; n++) {
      const text = `${THEMES[n % THEMES.length]} — said at table ${n % 40}, number ${n}`
      next = captureItem(next, { text, kind: n % 7 === 0 ? 'suggestion' : 'concern', language: n % 3 === 0 ? 'es' : 'en', place: `Table ${n % 40}` }, context)!.document
    }
    const added = next.items.slice(document.items.length).map((item, i) => ({ op: 'add' as const, path: ['items', document.items.length + i], value: item }))
    const saved = await call<{ revision: number }>(dispatch, 'townHalls.applyChange', {
      townHallId: id,
      baseRevision: revision,
      label: { key: 'action.townHall.capture', values: { kind: 'concern' } },
      patches: added,
      inversePatches: [{ op: 'replace', path: ['items', 'length'], value: document.items.length }],
    })
    revision = saved.revision
    document = next
  }
  return { id, document, revision }
}

async function measureMerge(dataDir: string): Promise<number> {
  const store = openStore({ dataDir })
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: join(ROOT, 'resources'), scenariosDir: join(ROOT, 'scenarios'), exampleSession: false }))
  const { id, document: seeded, revision: seededRevision } = await seedTownHall(dispatch)
  let document = seeded
  let revision = seededRevision
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const ids = document.items.filter((item) => item.mergedInto === undefined).slice(run * 60, run * 60 + 50).map((item) => item.id)
    const started = performance.now()
    const change = mergeItems(document, { ids }, { now: new Date(), newId: randomUUID })!
    const saved = await call<{ revision: number }>(dispatch, 'townHalls.applyChange', { townHallId: id, baseRevision: revision, label: change.label, patches: change.patches, inversePatches: change.inversePatches })
    times.push(performance.now() - started)
    document = change.document
    revision = saved.revision
  }
  store.close()
  return percentile(times, 50)
}

async function measureCapture(dataDir: string): Promise<number[]> {
  // The 2,000 items are written before `serve` opens the same folder (one writer at a time).
  const store = openStore({ dataDir })
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: join(ROOT, 'resources'), scenariosDir: join(ROOT, 'scenarios'), exampleSession: false }))
  const { id } = await seedTownHall(dispatch)
  await call(dispatch, 'townHalls.setStatus', { id, status: 'running' })
  store.close()

  const serve = await startServe(dataDir)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`${serve.url}#/town-halls/${id}`)
    await page.getByText(`${ITEMS.toLocaleString('en-US')} shown`).waitFor({ timeout: 60_000 })
    // Times each capture inside the page: from the Enter keydown to the first frame-free moment
    // the new item is the list's first row and the status says everything is saved.
    // (A string: tsx would wrap named functions in a helper the page does not have.)
    await page.evaluate(`(() => {
      window.captureTimes = []
      window.shownTimes = []
      window.fetchTimes = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name.includes('applyChange')) window.fetchTimes.push([entry.duration, entry.responseStart - entry.requestStart])
      }).observe({ type: 'resource', buffered: false })
      let started = 0
      let shown = false
      let expected = ''
      const box = document.getElementById('th-capture-text')
      box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          started = performance.now()
          shown = false
          expected = box.value.trim()
        }
      }, true)
      new MutationObserver(() => {
        if (started === 0) return
        const first = document.querySelector('#th-item-list [role="option"] .th-item-text')
        const status = document.querySelector('.th-saved')
        if (!shown && first && first.textContent === expected) {
          shown = true
          window.shownTimes.push(performance.now() - started)
        }
        if (first && first.textContent === expected && status && status.textContent === 'All saved') {
          window.captureTimes.push(performance.now() - started)
          started = 0
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })()`)
    const box = page.locator('#th-capture-text')
    await profileWhile(page, async () => {
      for (let n = 0; n < CAPTURES; n++) {
        await box.fill(`A new concern from the floor, number ${n}, about the alley lights`)
        await box.press('Enter')
        // Polled from here: the page's CSP (no eval) rules out waitForFunction with a string.
        while (((await page.evaluate('window.captureTimes.length')) as number) < n + 1) await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })
    const shown = (await page.evaluate('window.shownTimes')) as number[]
    if (process.env.BENCH_VERBOSE) console.log('shown median', percentile(shown, 50), 'p95', percentile(shown, 95), JSON.stringify((await page.evaluate('window.fetchTimes') as number[][]).slice(-10)))
    return (await page.evaluate('window.captureTimes')) as number[]
  } finally {
    await browser.close()
    serve.stop()
  }
}

let figures: TownHallFigures | undefined
export async function measureTownHall(workDir: string): Promise<TownHallFigures> {
  if (figures) return figures
  if (!existsSync(join(ROOT, 'out/main/serve.js'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('electron-vite build failed')
  }
  const merge = await measureMerge(join(workDir, 'townhall-merge'))
  const captures = await measureCapture(join(workDir, 'townhall-capture'))
  figures = { capture_p95: percentile(captures, 95), capture_median: percentile(captures, 50), merge_ms: merge }
  return figures
}
