import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvOf, safeCell } from '../../../src/shared/spreadsheet/cells'

describe('the one spreadsheet-cell neutralizer', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '=HYPERLINK("http://x")'])('neutralizes %j with a leading apostrophe', (text) => {
    expect(safeCell(text)).toBe(`'${text}`)
  })
  it.each(['+1 312 555 0100', '-5', '(312) 555-0101', 'Plain words = fine', '<b>markup</b>', ''])('leaves %j as it is', (text) => {
    expect(safeCell(text)).toBe(text)
  })
  it('writes CSV that reads back cell for cell, numbers as numbers and empties as empty', () => {
    const csv = csvOf(['No.', 'Need'], [[1, '=cmd'], [2, 'Line one\nline "two", with comma'], [3, null]])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data
    expect(rows).toEqual([
      ['No.', 'Need'],
      ['1', "'=cmd"],
      ['2', 'Line one\nline "two", with comma'],
      ['3', ''],
    ])
  })
})
