// Where the end-to-end tests find a Chromium: $CHROMIUM_PATH, then the system's, then the one
// Playwright installs. Pure apart from its defaults, so the choice is unit-tested.
import { existsSync } from 'node:fs'

export interface ChromiumSearch {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  exists: (path: string) => boolean
  /** Where Playwright keeps its own Chromium (the path is known even before it is installed). */
  playwrightPath: () => string | undefined
}

export type ChromiumFound = { found: true; path: string; source: 'CHROMIUM_PATH' | 'system' | 'playwright' } | { found: false; problem?: string }

/** Where each platform puts Chromium or Chrome when a package or an installer adds it. */
export function systemCandidates(platform: NodeJS.Platform, env: ChromiumSearch['env']): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root))
    return roots.map((root) => `${root}\\Google\\Chrome\\Application\\chrome.exe`)
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']
}

export function findChromium(search: ChromiumSearch): ChromiumFound {
  const fromEnv = search.env['CHROMIUM_PATH']
  if (fromEnv) {
    // A path the user set and that is wrong must be said, not silently replaced by another browser.
    return search.exists(fromEnv) ? { found: true, path: fromEnv, source: 'CHROMIUM_PATH' } : { found: false, problem: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.` }
  }
  const system = systemCandidates(search.platform, search.env).find((path) => search.exists(path))
  if (system) return { found: true, path: system, source: 'system' }
  const playwright = search.playwrightPath()
  if (playwright && search.exists(playwright)) return { found: true, path: playwright, source: 'playwright' }
  return { found: false }
}

/** The one line printed when no Chromium can be found or installed. */
export function howToGetChromium(platform: NodeJS.Platform): string {
  const system = platform === 'linux' ? 'install your system’s Chromium (Debian/Ubuntu: sudo apt-get install chromium)' : 'install Google Chrome or Chromium'
  return `No Chromium for the end-to-end tests: ${system}, or run "npx playwright install chromium" where the internet is reachable, or set CHROMIUM_PATH to a Chromium or Chrome executable.`
}

/** This machine's answer, for playwright.config.ts. */
export function chromiumOnThisMachine(playwrightPath: () => string | undefined): ChromiumFound {
  return findChromium({ env: process.env, platform: process.platform, exists: existsSync, playwrightPath })
}
