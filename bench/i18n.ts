// The language benchmark: switching the app's language with a running session's console open
// (the shipped example exercise, reopened: its map, notes and gaps on screen), in the built app
// (`serve` and headless Chromium). Each switch is timed inside the page from the click on the
// sidebar's English | Español button to the first moment after the next frame, with the console
// worded in the new language. 20 switches back and forth; the median and the slowest.
import { chromium } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { openStore } from '../src/main/store/open-store'
import { chromiumPath, startServe } from './graph'
import { profileWhile } from './profile'
import { call } from './dispatch-call'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SWITCHES = 20

export interface LanguageFigures {
  switch_ms: number
  switch_max_ms: number
}

/** The example session, reopened and running, in a fresh data folder. */
export async function runningExample(dataDir: string): Promise<string> {
  const store = openStore({ dataDir })
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: join(ROOT, 'resources'), scenariosDir: join(ROOT, 'scenarios') }))
  const { id } = await call<{ id: string | null }>(dispatch, 'sessions.example', {})
  if (!id) throw new Error('no example session')
  await call(dispatch, 'sessions.setStatus', { id, status: 'paused' })
  await call(dispatch, 'sessions.setStatus', { id, status: 'running' })
  store.close()
  return id
}

export async function measureLanguageSwitch(dataDir: string): Promise<LanguageFigures> {
  if (!existsSync(join(ROOT, 'out/main/serve.js'))) spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  const sessionId = await runningExample(dataDir)
  const serve = await startServe(dataDir)
  const executablePath = chromiumPath()
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(serve.url)
    await page.goto(`${new URL(serve.url).origin}/#/sessions/${sessionId}`)
    await page.getByRole('region', { name: 'Console' }).waitFor({ timeout: 60_000 })
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 })
    const times: number[] = []
    await profileWhile(page, async () => {
    for (let n = 0; n < SWITCHES; n++) {
      const target = n % 2 === 0 ? 'es' : 'en'
      const console_ = target === 'es' ? 'Consola' : 'Console'
      // (A string: tsx would wrap named functions in a helper the page does not have.)
      const took = (await page.evaluate(`(async () => {
        const button = document.querySelector('.language-switch button[lang="${target}"]')
        const started = performance.now()
        button.click()
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
        const took = performance.now() - started
        if (document.documentElement.lang !== '${target}' || !document.querySelector('[aria-label="${console_}"]')) throw new Error('the console did not switch to ${target}')
        return took
      })()`)) as number
      times.push(took)
      await page.waitForTimeout(100)
    }
    })
    const sorted = [...times].sort((a, b) => a - b)
    return { switch_ms: sorted[Math.floor(sorted.length / 2)]!, switch_max_ms: sorted[sorted.length - 1]! }
  } finally {
    await browser.close()
    serve.stop()
  }
}
