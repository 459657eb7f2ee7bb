import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseResponseTime } from '../../../src/shared/inventory/response-time'

describe('response time as hours to start', () => {
  it.each([
    ['immediately', 0],
    ['Immediate', 0],
    ['24/7 on call', 0],
    ['de inmediato', 0],
    ['within 2 hours', 2],
    ['48 hours', 48],
    ['48h', 48],
    ['30 minutes', 0.5],
    ['same day', 12],
    ['mismo día', 12],
    ['next day', 24],
    ['next school day', 24],
    ['2 days', 48],
    ['3-5 days', 120],
    ['3 a 5 días', 120],
    ['2 business days', 67.2],
    ['within a week', 168],
    ['1 week', 168],
    ['2 to 3 weeks', 504],
    ['1 month', 720],
    ['same day (4 hours)', 4],
  ])('reads "%s" as %s hours', (text, hours) => {
    expect(parseResponseTime(text)).toBe(hours)
  })

  it.each(['', 'waitlist', 'it depends', 'call first', 'ASAP-ish'])('leaves "%s" unknown', (text) => {
    expect(parseResponseTime(text)).toBeNull()
  })

  it('reads every response time of the starter inventory, or knows which it cannot', () => {
    const csv = readFileSync(join(__dirname, '../../../resources/inventory/starter-inventory.csv'), 'utf8')
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
    const texts = [...new Set(rows.map((row) => row['response_time']!.trim()))]
    const knowinglyUnknown = new Set(['', 'waitlist'])
    const unread = texts.filter((text) => parseResponseTime(text) === null)
    expect(unread.sort()).toEqual([...knowinglyUnknown].sort())
    // Empty stays empty: 38 services say nothing, and nothing is made up for them.
    expect(rows.filter((row) => row['response_time']!.trim() === '').length).toBe(38)
    expect(parseResponseTime('5 days')).toBe(120)
  })
})
