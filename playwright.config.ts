import { chromium, defineConfig } from '@playwright/test'
import { chromiumOnThisMachine } from './scripts/find-chromium'

// $CHROMIUM_PATH, the system's Chromium (Debian's on CI), or Playwright's own (scripts/find-chromium.ts).
const found = chromiumOnThisMachine(() => chromium.executablePath())
const executablePath = found.found ? found.path : undefined

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
  },
})
