import { describe, expect, it } from 'vitest'
import { runE2e, type E2eRunner } from '../../scripts/e2e-runner'
import { findChromium, howToGetChromium, type ChromiumSearch } from '../../scripts/find-chromium'

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome'

function search(present: readonly string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): ChromiumSearch {
  return { env, platform, exists: (path) => present.includes(path), playwrightPath: () => PLAYWRIGHT }
}

describe('finding a Chromium for the end-to-end tests', () => {
  it('prefers CHROMIUM_PATH, then the system’s, then Playwright’s own', () => {
    expect(findChromium(search(['/opt/chrome', '/usr/bin/chromium', PLAYWRIGHT], { CHROMIUM_PATH: '/opt/chrome' }))).toEqual({ found: true, path: '/opt/chrome', source: 'CHROMIUM_PATH' })
    expect(findChromium(search(['/usr/bin/chromium', PLAYWRIGHT]))).toEqual({ found: true, path: '/usr/bin/chromium', source: 'system' })
    expect(findChromium(search(['/usr/bin/google-chrome-stable']))).toMatchObject({ found: true, path: '/usr/bin/google-chrome-stable' })
    expect(findChromium(search([PLAYWRIGHT]))).toEqual({ found: true, path: PLAYWRIGHT, source: 'playwright' })
    expect(findChromium(search(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {}, 'darwin'))).toMatchObject({ found: true, source: 'system' })
  })

  it('says so when CHROMIUM_PATH names a file that is not there, instead of quietly using another', () => {
    expect(findChromium(search(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' }))).toEqual({ found: false, problem: 'CHROMIUM_PATH is set to /nope/chrome, which does not exist.' })
  })

  it('finds nothing on a fresh machine without a browser', () => {
    expect(findChromium(search([]))).toEqual({ found: false })
  })
})

function fakeRunner(present: string[], installWorks: boolean): E2eRunner & { commands: string[]; lines: string[] } {
  const commands: string[] = []
  const lines: string[] = []
  return {
    commands,
    lines,
    platform: 'linux',
    find: () => findChromium(search(present)),
    run: (command, args, env) => {
      commands.push([command, ...args, ...(env ? [`CHROMIUM_PATH=${env['CHROMIUM_PATH']}`] : [])].join(' '))
      if (args[1] === 'install') {
        if (!installWorks) return 1
        present.push(PLAYWRIGHT)
      }
      return 0
    },
    print: (line) => lines.push(line),
  }
}

describe('npm run test:e2e', () => {
  it('builds and runs Playwright with the Chromium it found, passing arguments on', () => {
    const runner = fakeRunner(['/usr/bin/chromium'], false)
    expect(runE2e(['tests/e2e/shell.spec.ts'], runner)).toBe(0)
    expect(runner.commands).toEqual(['npx electron-vite build', 'npx playwright test tests/e2e/shell.spec.ts CHROMIUM_PATH=/usr/bin/chromium'])
  })

  it('installs Playwright’s Chromium where it can, then runs', () => {
    const runner = fakeRunner([], true)
    expect(runE2e([], runner)).toBe(0)
    expect(runner.commands).toEqual(['npx playwright install chromium', 'npx electron-vite build', `npx playwright test CHROMIUM_PATH=${PLAYWRIGHT}`])
  })

  it('stops before the tests with one line saying how to get a Chromium when none can be had', () => {
    const runner = fakeRunner([], false)
    expect(runE2e([], runner)).toBe(1)
    expect(runner.commands).toEqual(['npx playwright install chromium'])
    expect(runner.lines.at(-1)).toBe(howToGetChromium('linux'))
    expect(runner.lines.at(-1)).toMatch(/apt-get install chromium.*CHROMIUM_PATH/)
  })
})
