// The report's tables for the departments that track them: the gaps and the improvement plan,
// one sheet each, as CSV or as XLSX (write-excel-file: typed columns, header row frozen). Every
// text cell goes through the one neutralizer (safeCell), so no cell can act as a formula.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal'
import { formatMessage } from '../i18n/format'
import { csvOf, safeCell, type TableCell } from '../spreadsheet/cells'
import type { Report } from './model'

export type ColumnType = 'text' | 'number' | 'date'

export interface ReportSheet {
  name: string
  header: string[]
  types: ColumnType[]
  /** Column widths in characters. */
  widths: number[]
  rows: TableCell[][]
}

export function gapSheet(report: Report): ReportSheet {
  const t = (key: Parameters<typeof formatMessage>[1]) => formatMessage(report.language, key)
  return {
    name: t('report.section.gaps'),
    header: [t('report.col.number'), t('report.col.need'), t('report.col.category'), t('report.col.area'), t('report.col.urgency'), t('report.col.reasons'), t('report.col.suggested'), t('report.col.lead')],
    types: ['number', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    widths: [6, 48, 28, 18, 12, 60, 48, 28],
    rows: report.gaps.map((g) => [g.number, g.need, g.category, g.area, g.urgency, g.reasons.join('; '), g.suggested.join('; '), g.lead]),
  }
}

export function planSheet(report: Report): ReportSheet {
  const t = (key: Parameters<typeof formatMessage>[1]) => formatMessage(report.language, key)
  return {
    name: t('report.section.plan'),
    header: [t('report.col.action'), t('report.col.owner'), t('report.col.contact'), t('report.col.element'), t('report.col.start'), t('report.col.due'), t('report.col.priority'), t('report.col.status')],
    types: ['text', 'text', 'text', 'text', 'date', 'date', 'text', 'text'],
    widths: [60, 32, 24, 16, 12, 12, 10, 12],
    rows: report.plan.map((p) => [p.action, p.owner, p.contact, p.element, p.start || null, p.due || null, p.priority, p.status]),
  }
}

export function sheetCsv(sheet: ReportSheet): string {
  return csvOf(sheet.header, sheet.rows)
}

function cell(value: TableCell, type: ColumnType): Cell {
  if (value === null || value === '') return null
  if (type === 'number' && typeof value === 'number') return { value, type: Number }
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' }
  return { value: safeCell(String(value)), type: String, wrap: true }
}

/** The sheets as one XLSX workbook (a zip, written offline). Sheet names are cut to Excel's 31 characters. */
export async function sheetsXlsx(sheets: readonly ReportSheet[]): Promise<Uint8Array> {
  const workbook: Sheet<never>[] = sheets.map((sheet) => ({
    sheet: sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
    data: [sheet.header.map((text) => ({ value: safeCell(text), type: String, fontWeight: 'bold' as const })), ...sheet.rows.map((row) => row.map((value, i) => cell(value, sheet.types[i]!)))],
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }))
  const blob = await writeXlsxFile(workbook).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
