import { describe, expect, it } from 'vitest'
import { areaMatcher } from '../../../src/shared/community-areas'
import { oddTextOf } from '../../../src/shared/inventory/cell-safety'
import { createRowReader, checkHeader, ROUNDTABLE_CSV_HEADER } from '../../../src/shared/inventory/roundtable-csv'
import { CATEGORIES } from '../../../src/shared/inventory/taxonomy'
import { COMMUNITY_AREA_SEEDS } from '../../../src/shared/community-area-list'

const header = ROUNDTABLE_CSV_HEADER
const known = new Set(CATEGORIES.map((c) => c.id))
const read = createRowReader('t.csv', header, areaMatcher(COMMUNITY_AREA_SEEDS), (id) => known.has(id))
const base: Record<string, string> = {
  organization: 'Org (sample)',
  organization_kind: 'youth',
  service: 'A service',
  category: 'safe-haven',
  community_areas: 'Englewood',
  schedule: '24/7',
  languages: 'English',
}
const row = (cells: Record<string, string>) => read(7, header.map((column) => ({ ...base, ...cells })[column] ?? ''))
const reasons = (cells: Record<string, string>) => {
  const result = row(cells)
  return result.ok ? [] : result.problems.map((p) => `${p.row} ${p.column}: ${p.reason}`)
}

describe('Roundtable CSV rows', () => {
  it('reads a minimal row with defaults', () => {
    const result = row({})
    expect(result.ok && result.value.service).toMatchObject({ areaNumbers: [68], status: 'active', capacity: null, languages: ['en'] })
  })

  it('reads hours to start from response_hours, else from the response time’s words, else leaves them unknown', () => {
    const service = (cells: Record<string, string>) => {
      const result = row(cells)
      return result.ok ? result.value.service : undefined
    }
    expect(service({ response_time: 'same day', response_hours: '4' })).toMatchObject({ responseTime: 'same day', responseHours: 4 })
    expect(service({ response_time: '5 days' })).toMatchObject({ responseHours: 120 })
    expect(service({ response_time: 'waitlist' })).toMatchObject({ responseHours: null })
    expect(service({})).toMatchObject({ responseTime: '', responseHours: null })
    expect(reasons({ response_hours: 'soon' })).toEqual(['7 response_hours: "soon" is not a number of 0 or more'])
  })

  it('asks for an amount when a unit or period is given, and for a unit when an amount is', () => {
    expect(reasons({ capacity_unit: 'people', capacity_period: 'week' })).toEqual(['7 capacity_amount: is needed when a capacity unit or period is given'])
    expect(reasons({ capacity_amount: '5', capacity_period: 'week' })).toEqual([
      '7 capacity_unit: is needed when a capacity amount is given (people, families, requests…)',
    ])
  })

  it('drops control characters, which no one means, and reads the rest', () => {
    const result = row({ description: 'bell\u0007 rings' })
    expect(result.ok && result.value.service.description).toBe('bell rings')
  })

  it('keeps markup and formula-like text as text, each listed as a note; phone numbers are plain', () => {
    const result = row({ organization_phone: '+1 (312) 555-0100', service: '=HYPERLINK("x")', description: '<b>Block club</b> - a list item' })
    expect(result.ok && result.value.service).toMatchObject({ name: '=HYPERLINK("x")', description: '<b>Block club</b> - a list item' })
    expect(result.ok && result.notes.map((n) => `${n.row} ${n.column}: ${n.reason}`)).toEqual([
      '7 service: starts like a spreadsheet formula; kept as text (exports to spreadsheets neutralize it)',
      '7 description: contains markup; kept as text, shown as typed and never run',
    ])
  })

  it('takes back the apostrophe Roundtable’s own export puts before a formula, and only that one', () => {
    const result = row({ service: "'=SUM(A1)", description: "'tis the season" })
    expect(result.ok && result.value.service).toMatchObject({ name: '=SUM(A1)', description: "'tis the season" })
  })

  it('understands the whole city however a directory writes it', () => {
    for (const words of ['citywide', 'City-wide', 'Chicago', 'CITY OF CHICAGO', 'all', 'Austin; Chicago']) {
      const result = row({ community_areas: words })
      expect(result.ok && result.value.service, words).toMatchObject({ citywide: true, areaNumbers: [] })
    }
  })

  it('reads areas by number, name and variant, once each, in order', () => {
    const result = row({ community_areas: 'Little Village; 26; south lawndale; Pilsen' })
    expect(result.ok && result.value.service.areaNumbers).toEqual([26, 30, 31])
  })

  it('refuses an empty or missing header column by name', () => {
    expect(checkHeader('t.csv', [...header, '']).map((p) => p.column)).toEqual(['(empty)'])
  })
})

describe('odd text', () => {
  it.each([
    ['=SUM(A1)', 'formula'],
    ['@cmd', 'formula'],
    ['+HYPERLINK("x")', 'formula'],
    ['-cmd|calc', 'formula'],
    ['\tstarts with a tab', 'formula'],
    ['<b>bold</b>', 'markup'],
    ['a <img src=x onerror=alert(1)>', 'markup'],
  ])('finds %j to be %s', (text, kind) => {
    expect(oddTextOf(text)).toBe(kind)
  })

  it.each(['+1 312 555 0100', '-5', 'a < b and c > d', 'Mother’s Day', 'Niños y familias', 'שלום', ''])('finds %j plain', (text) => {
    expect(oddTextOf(text)).toBeUndefined()
  })
})
