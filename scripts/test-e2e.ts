// `npm run test:e2e [-- playwright args]`: a Chromium first, then the build, then Playwright.
import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { runE2e } from './e2e-runner'
import { chromiumOnThisMachine } from './find-chromium'

function run(command: string, args: readonly string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' })
  return result.status ?? 1
}

process.exitCode = runE2e(process.argv.slice(2), {
  find: () => chromiumOnThisMachine(() => chromium.executablePath()),
  run,
  print: (line) => console.error(line),
  platform: process.platform,
})
