// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { alignClock, appNow, appToday } from '../../../src/renderer/src/lib/clock'

afterEach(() => void vi.useRealTimers())

describe('the page’s clock', () => {
  it('reads the services’ time once aligned, however wrong the page’s own date is', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2029-06-01T12:00:00Z'))
    alignClock('2026-10-03T18:00:00Z')
    expect(appToday()).toBe('2026-10-03')
    vi.setSystemTime(new Date('2029-06-01T12:10:00Z'))
    expect(appNow().toISOString()).toBe('2026-10-03T18:10:00.000Z')
  })
})
