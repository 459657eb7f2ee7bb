// One report, every file it leaves the room as: the HTML page (which the PDF prints), the gaps and
// the improvement plan as CSV, both as one XLSX workbook. The renderer's worker and the command
// line both call this, so each format is made one way only.
import { sessionFileStem } from '../file-slug'
import { renderReportHtml } from './html'
import type { ReportInput } from './input'
import { buildReport } from './model'
import type { ReportOptions } from './options'
import { gapSheet, planSheet, sheetCsv, sheetsXlsx } from './sheets'

export const REPORT_FORMATS = ['html', 'gaps-csv', 'plan-csv', 'xlsx'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportFile {
  fileName: string
  type: string
  content: string | Uint8Array
}

/** "2026-10-03-a-fight-at-school-dismissal-report". */
export function reportBaseName(input: Pick<ReportInput, 'session'>, language: 'en' | 'es'): string {
  return `${sessionFileStem(input.session)}-${language === 'es' ? 'informe' : 'report'}`
}

export async function reportFile(input: ReportInput, options: ReportOptions, format: ReportFormat, timeZone?: string): Promise<ReportFile> {
  const report = buildReport(input, options, timeZone)
  const base = reportBaseName(input, options.language)
  const gaps = options.language === 'es' ? 'brechas' : 'gaps'
  const plan = options.language === 'es' ? 'plan-de-mejora' : 'improvement-plan'
  switch (format) {
    case 'html':
      return { fileName: `${base}.html`, type: 'text/html;charset=utf-8', content: renderReportHtml(report) }
    case 'gaps-csv':
      return { fileName: `${base}-${gaps}.csv`, type: 'text/csv;charset=utf-8', content: sheetCsv(gapSheet(report)) }
    case 'plan-csv':
      return { fileName: `${base}-${plan}.csv`, type: 'text/csv;charset=utf-8', content: sheetCsv(planSheet(report)) }
    case 'xlsx':
      return { fileName: `${base}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await sheetsXlsx([gapSheet(report), planSheet(report)]) }
  }
}
