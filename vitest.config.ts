import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright's specs live in tests/e2e and run under Playwright, never here.
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
})
