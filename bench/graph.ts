// The map benchmark: the built renderer's graph-bench page (the real map canvas, model and
// layout worker over 1,000 nodes and 2,000 links) served by `serve`, in headless Chromium with the
// frame-rate limit off, driven by real mouse input. Five fresh pages; each figure is the median.
import { chromium, type Browser, type Page } from '@playwright/test'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { watchAddresses } from '../tests/helpers/serve-addresses'
import { percentile } from './stats'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SERVE_ENTRY = join(ROOT, 'out/main/serve.js')
const BENCH_PAGE = join(ROOT, 'out/renderer/graph-bench.html')
const RUNS = 5
const SETTLE_MS = 3000
const VIEWPORT = { width: 1366, height: 768 }

export interface GraphFigures {
  mount: number
  pan_p95: number
  pan_max: number
  drag_p95: number
  drag_max: number
  zoom_p95: number
  zoom_max: number
  fit_pan_fps: number
  layout: number
  layout_max_frame: number
  layout_apply: number
}

interface Frames {
  /** Milliseconds between frames (capped below by the display rate). */
  deltas: number[]
  withInput: boolean[]
  /** The main thread's work for each frame (not capped). */
  work: number[]
  /** When each frame started (the page's performance.now()). */
  stamps: number[]
}

// What src/renderer/src/bench/graph-bench.tsx exposes to this runner.
declare global {
  interface Window {
    graphBench: {
      mounted: Promise<number>
      setViewport: (viewport: { x: number; y: number; zoom: number }) => void
      startFrames: () => void
      stopFrames: () => Frames
      nextLayout: () => Promise<{ startedAt: number; positionsAt: number; shownAt: number }>
    }
  }
}

const median = (values: number[]) => percentile(values, 50)

/** The work of the frames that had input to handle: the ones a gesture makes. */
function inputFrames(frames: Frames): number[] {
  return frames.work.filter((_, i) => frames.withInput[i])
}

/** Frames per second while input came in, from the intervals between those frames. */
function inputFps(frames: Frames): number {
  const intervals = frames.deltas.filter((_, i) => frames.withInput[i])
  return 1000 / (intervals.reduce((sum, d) => sum + d, 0) / intervals.length)
}

export function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) if (candidate && existsSync(candidate)) return candidate
  return undefined
}

/** `serve` on a data folder: the address it printed, and another for each fresh browser context (each works once). */
export async function startServe(dataDir: string): Promise<{ url: string; newUrl: () => Promise<string>; stop: () => void }> {
  const child = spawn(process.execPath, [SERVE_ENTRY, '--data-dir', dataDir, '--port', '0'], { stdio: ['pipe', 'pipe', 'pipe'] })
  const addresses = watchAddresses(child)
  return { url: await addresses.first(), newUrl: () => addresses.another(), stop: () => void child.kill('SIGTERM') }
}

/** A point of the canvas where the pane itself is under the pointer (no node, link or panel). */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect()
    for (let y = canvas.top + canvas.height * 0.3; y < canvas.bottom - 40; y += 7) {
      for (let x = canvas.left + canvas.width * 0.3; x < canvas.right - 250; x += 7) {
        // The pane, or a link (the pane pans from a link too); never a node, handle or panel.
        const element = document.elementFromPoint(x, y)
        if (element?.classList.contains('react-flow__pane') || element?.classList.contains('react-flow__edge-interaction')) return { x, y }
      }
    }
    return undefined
  })
  if (!point) throw new Error('No empty spot on the map to pan from.')
  return point
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
  await page.waitForTimeout(200)
}

async function gesture(page: Page, move: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => window.graphBench.startFrames())
  await move()
  await settle(page)
  return page.evaluate(() => window.graphBench.stopFrames())
}

async function mouseDrag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }, steps: number): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + (by.x * i) / steps, from.y + (by.y * i) / steps)
  await page.mouse.up()
}

/** Opens the map page in a fresh context; resolves when every node and link is drawn. */
async function openMap(browser: Browser, url: string): Promise<{ page: Page; mount: number; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.exposeFunction('reportCspViolation', (text: string) => errors.push(`CSP: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  await page.goto(url)
  await page.goto(new URL('/graph-bench.html', url).href)
  const mount = await page.evaluate(() => window.graphBench.mounted)
  // Let the page settle (the layout worker loads and warms up ELK when the map opens) before
  // measuring: a facilitator does not pan or arrange in the first seconds either.
  await page.waitForTimeout(SETTLE_MS)
  return { page, mount, errors, close: () => context.close() }
}

async function oneRun(browser: Browser, newUrl: () => Promise<string>): Promise<GraphFigures> {
  const { page, mount, errors, close } = await openMap(browser, await newUrl())

  // Working zoom: panning the pane.
  await page.evaluate(() => window.graphBench.setViewport({ x: -2400, y: -900, zoom: 1 }))
  await settle(page)
  const panFrom = await emptyPanePoint(page)
  const viewportBefore = await page.evaluate(() => document.querySelector('.react-flow__viewport')!.getAttribute('style'))
  const pan = inputFrames(await gesture(page, () => mouseDrag(page, panFrom, { x: -420, y: -260 }, 80)))
  if ((await page.evaluate(() => document.querySelector('.react-flow__viewport')!.getAttribute('style'))) === viewportBefore) throw new Error('The pan gesture did not move the map.')

  // Dragging a node (saved once, when it is dropped).
  await settle(page)
  const nodeCentre = await page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect()
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const box = node.getBoundingClientRect()
      if (box.left > canvas.left + 100 && box.right < canvas.right - 300 && box.top > canvas.top + 100 && box.bottom < canvas.bottom - 200) return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
    }
    return undefined
  })
  if (!nodeCentre) throw new Error('No node in view to drag.')
  const drag = inputFrames(await gesture(page, () => mouseDrag(page, nodeCentre, { x: 260, y: 140 }, 80)))

  // Zooming with the wheel around working zoom.
  const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 }
  await page.mouse.move(centre.x, centre.y)
  const zoom = inputFrames(
    await gesture(page, async () => {
      // Each tick zooms by about 4%: in to 1.4, out to 0.7, back to 1 — the zooms people work at.
      for (const [count, delta] of [[8, -30], [16, 30], [8, -30]] as const) {
        for (let i = 0; i < count; i++) {
          await page.mouse.wheel(0, delta)
          await page.waitForTimeout(16)
        }
      }
    }),
  )

  // Fit to view (every node on screen), then pan.
  await page.getByRole('button', { name: 'Fit View' }).click()
  await page.waitForTimeout(600)
  const fitFrom = await emptyPanePoint(page)
  const fitPan = await gesture(page, () => mouseDrag(page, fitFrom, { x: -300, y: -120 }, 120))

  if (errors.length > 0) throw new Error(`The map page failed: ${errors.join('; ')}`)
  await close()

  // Arrange, on a freshly opened map (as a facilitator opening a session would): ELK in the
  // worker; the page must keep drawing frames meanwhile.
  const fresh = await openMap(browser, await newUrl())
  const { page: layoutPage } = fresh
  await layoutPage.evaluate(() => window.graphBench.startFrames())
  const layoutDone = layoutPage.evaluate(() => window.graphBench.nextLayout())
  await layoutPage.getByRole('button', { name: 'Arrange' }).click()
  const times = await layoutDone
  const layoutFrames = await layoutPage.evaluate(() => window.graphBench.stopFrames())
  // Frames while the worker computes (from the click until its positions arrive), then the
  // frames that draw the new positions.
  const during: number[] = []
  const applying: number[] = []
  layoutFrames.stamps.forEach((stamp, i) => {
    if (stamp > times.startedAt && stamp <= times.positionsAt) during.push(layoutFrames.deltas[i]!)
    else if (stamp > times.positionsAt) applying.push(layoutFrames.deltas[i]!)
  })
  if (process.env.BENCH_VERBOSE) {
    const worst = layoutFrames.stamps
      .map((stamp, i) => ({ stamp: Math.round(stamp - times.startedAt), interval: Math.round(layoutFrames.deltas[i]!), work: Math.round(layoutFrames.work[i] ?? -1) }))
      .filter((f) => f.stamp > 0)
      .sort((a, b) => b.interval - a.interval)
      .slice(0, 4)
    console.error('layout: positions at', Math.round(times.positionsAt - times.startedAt), 'worst frames', JSON.stringify(worst))
  }

  if (fresh.errors.length > 0) throw new Error(`The map page failed: ${fresh.errors.join('; ')}`)
  await fresh.close()
  return {
    mount,
    pan_p95: percentile(pan, 95),
    pan_max: Math.max(...pan),
    drag_p95: percentile(drag, 95),
    drag_max: Math.max(...drag),
    zoom_p95: percentile(zoom, 95),
    zoom_max: Math.max(...zoom),
    fit_pan_fps: inputFps(fitPan),
    layout: times.shownAt - times.startedAt,
    layout_max_frame: Math.max(...during),
    layout_apply: Math.max(...applying),
  }
}

let figures: GraphFigures | undefined

/** Runs the map benchmark once (five pages) and remembers the medians for every figure. */
export async function measureGraph(dataDir: string): Promise<GraphFigures> {
  if (figures) return figures
  if (!existsSync(BENCH_PAGE) || !existsSync(SERVE_ENTRY)) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('electron-vite build failed')
  }
  const serve = await startServe(dataDir)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  })
  try {
    const runs: GraphFigures[] = []
    for (let run = 0; run < RUNS; run++) runs.push(await oneRun(browser, serve.newUrl))
    const keys = Object.keys(runs[0]!) as (keyof GraphFigures)[]
    figures = Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))])) as unknown as GraphFigures
    if (process.env.BENCH_VERBOSE) for (const run of runs) console.error(JSON.stringify(run))
    return figures
  } finally {
    await browser.close()
    serve.stop()
  }
}
