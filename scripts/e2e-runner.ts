// The end-to-end run: finds a Chromium first (installing Playwright's where it can), and stops
// with one line saying how to get one rather than failing every test; then builds and runs.
import { howToGetChromium, type ChromiumFound } from './find-chromium'

export interface E2eRunner {
  find: () => ChromiumFound
  /** Runs a command with the terminal attached; returns its exit status. */
  run: (command: string, args: readonly string[], env?: Record<string, string>) => number
  print: (line: string) => void
  platform: NodeJS.Platform
}

export function runE2e(args: readonly string[], runner: E2eRunner): number {
  let chromium = runner.find()
  if (!chromium.found && !chromium.problem) {
    runner.print('No Chromium found; trying to install Playwright’s (needs the internet)…')
    if (runner.run('npx', ['playwright', 'install', 'chromium']) === 0) chromium = runner.find()
  }
  if (!chromium.found) {
    runner.print(chromium.problem ? `${chromium.problem} ${howToGetChromium(runner.platform)}` : howToGetChromium(runner.platform))
    return 1
  }
  const built = runner.run('npx', ['electron-vite', 'build'])
  if (built !== 0) return built
  return runner.run('npx', ['playwright', 'test', ...args], { CHROMIUM_PATH: chromium.path })
}
