import { describe, expect, it } from 'vitest'
import { appClockFrom } from '../../../src/main/serve/app-clock'

describe('the services’ clock', () => {
  it('follows the machine when no start is given', () => {
    let wall = Date.parse('2030-01-01T00:00:00Z')
    const clock = appClockFrom(undefined, () => wall)
    wall += 5000
    expect(clock().toISOString()).toBe('2030-01-01T00:00:05.000Z')
  })

  it('starts at --now and runs on from there', () => {
    let wall = Date.parse('2031-05-05T10:00:00Z')
    const clock = appClockFrom('2026-10-03T18:00:00Z', () => wall)
    expect(clock().toISOString()).toBe('2026-10-03T18:00:00.000Z')
    wall += 90_000
    expect(clock().toISOString()).toBe('2026-10-03T18:01:30.000Z')
  })

  it('refuses a --now that is not a date and time, saying what it wants', () => {
    expect(() => appClockFrom('tomorrow')).toThrow('--now must be a date and time like 2026-10-03T18:00:00Z, not "tomorrow".')
    expect(() => appClockFrom('2026-10-03')).toThrow(/--now must be a date and time/)
  })
})
