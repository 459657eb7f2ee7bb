// One town-hall report, every file it leaves the room as: the HTML page (which the PDF prints),
// the items and the follow-ups as CSV, the three tables as one XLSX workbook. The renderer's
// worker and the command line both call this, so each format is made one way only.
import { sessionFileStem } from '../../file-slug'
import type { Language } from '../../i18n/catalog'
import type { ReportFile } from '../../report/exports'
import { sheetCsv, sheetsXlsx } from '../../report/sheets'
import type { TownHall } from '../model'
import { renderTownHallReportHtml } from './html'
import type { TownHallReportInput } from './input'
import { buildTownHallReport } from './model'
import { followUpSheet, itemSheet, themeSheet } from './sheets'

export const TOWN_HALL_REPORT_FORMATS = ['html', 'items-csv', 'followups-csv', 'xlsx'] as const
export type TownHallReportFormat = (typeof TOWN_HALL_REPORT_FORMATS)[number]

/** "2026-11-12-austin-safety-town-hall": a town hall's date and title; its files' names begin so. */
export function townHallFileStem(townHall: Pick<TownHall, 'date' | 'title'>): string {
  return sessionFileStem(townHall)
}

/** "2026-11-12-austin-safety-town-hall-report" ("…-informe" in Spanish). */
export function townHallReportBaseName(townHall: Pick<TownHall, 'date' | 'title'>, language: Language): string {
  return `${townHallFileStem(townHall)}-${language === 'es' ? 'informe' : 'report'}`
}

export async function townHallReportFile(input: TownHallReportInput, language: Language, format: TownHallReportFormat, timeZone?: string): Promise<ReportFile> {
  const report = buildTownHallReport(input, language, timeZone)
  const base = townHallReportBaseName(input.townHall, language)
  switch (format) {
    case 'html':
      return { fileName: `${base}.html`, type: 'text/html;charset=utf-8', content: renderTownHallReportHtml(report) }
    case 'items-csv':
      return { fileName: `${base}-${language === 'es' ? 'intervenciones' : 'items'}.csv`, type: 'text/csv;charset=utf-8', content: sheetCsv(itemSheet(report)) }
    case 'followups-csv':
      return { fileName: `${base}-${language === 'es' ? 'seguimientos' : 'follow-ups'}.csv`, type: 'text/csv;charset=utf-8', content: sheetCsv(followUpSheet(report)) }
    case 'xlsx':
      return { fileName: `${base}.xlsx`, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await sheetsXlsx([itemSheet(report), followUpSheet(report), themeSheet(report)]) }
  }
}
