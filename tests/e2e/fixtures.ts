// E2E fixtures: each test gets its own data folder and its own `serve` process over the built
// app, and a page that records every request so a test can prove nothing left 127.0.0.1.
import { test as base, expect, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { watchAddresses } from '../helpers/serve-addresses'

const SERVE_ENTRY = fileURLToPath(new URL('../../out/main/serve.js', import.meta.url))

export interface ServeProcess {
  /** The address printed at launch: its secret works once, in the page that opens it first. */
  url: string
  /** Another address for another page or browser context, as pressing Enter in the terminal gives. */
  newUrl: () => Promise<string>
  origin: string
  dataDir: string
  output: () => string
  /** Stops it as the desktop app quits (SIGTERM), or as a crash or a pulled plug would (SIGKILL). */
  stop: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>
}

/**
 * Where every test's app clock starts (it runs on from there): the starter inventory's "last
 * verified" dates stay fresh whatever today's date is.
 */
export const E2E_NOW = '2026-10-03T18:00:00Z'

/** Starts `serve` on a data folder and resolves once it prints its address. */
export async function startServe(dataDir: string, now: string = E2E_NOW): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [SERVE_ENTRY, '--data-dir', dataDir, '--port', '0', '--now', now], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const addresses = watchAddresses(child)
  const url = await addresses.first()
  return {
    url,
    newUrl: () => addresses.another(),
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop()
        child.once('exit', () => resolveStop())
        child.kill(signal)
      }),
  }
}

interface Fixtures {
  dataDir: string
  serve: ServeProcess
  /** Every URL the page asked for, in order. */
  requests: string[]
  app: Page
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  serve: async ({ dataDir }, use, testInfo) => {
    const serve = await startServe(dataDir)
    await use(serve)
    // What the server printed, beside a failure's report.
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('serve output', { body: serve.output(), contentType: 'text/plain' })
    await serve.stop()
  },
  requests: async ({ page }, use) => {
    const urls: string[] = []
    page.on('request', (request) => urls.push(request.url()))
    await use(urls)
  },
  app: async ({ page, serve, requests }, use) => {
    void requests
    await page.goto(serve.url)
    await use(page)
  },
})

export async function openAreas(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Community areas' }).click()
  await expect(page.getByRole('heading', { name: 'Community areas', level: 1 })).toBeVisible()
}

/** Asserts that every request the page made went to 127.0.0.1 (the bridge) and nowhere else. */
export function expectOnlyLoopback(requests: readonly string[]): void {
  expect(requests.length).toBeGreaterThan(0)
  const elsewhere = requests.filter((url) => {
    const parsed = new URL(url)
    return !(parsed.protocol === 'data:' || parsed.hostname === '127.0.0.1')
  })
  expect(elsewhere).toEqual([])
}

export { expect }

/**
 * Records every Content Security Policy violation of the page from now on (it reloads, so the
 * listener is there from the first script); returns the list, which fills as they happen.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      )
    })
  })
  await page.reload()
  return violations
}
