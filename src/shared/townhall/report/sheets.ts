// The town hall's tables for the departments that track them: every item the room said (one row
// each, with its group, count, theme, answer and follow-up), the follow-ups, and the themes with
// their counts. Written as CSV or XLSX by the reports' own writers, so no cell acts as a formula.
import { formatMessage } from '../../i18n/format'
import type { MessageKey } from '../../i18n/catalog'
import type { ReportSheet } from '../../report/sheets'
import type { TownHallReport } from './model'

const words = (report: TownHallReport) => (key: MessageKey) => formatMessage(report.language, key)

export function itemSheet(report: TownHallReport): ReportSheet {
  const t = words(report)
  return {
    name: t('townHallReport.sheet.items'),
    header: [
      t('townHallReport.col.number'),
      t('townHallReport.col.group'),
      t('townHallReport.col.count'),
      t('townHallReport.col.theme'),
      t('townHallReport.col.kind'),
      t('townHallReport.col.said'),
      t('townHallReport.col.language'),
      t('townHallReport.col.speaker'),
      t('townHallReport.col.place'),
      t('townHallReport.col.time'),
      t('townHallReport.col.answer'),
      t('townHallReport.col.answeredBy'),
      t('townHallReport.col.owner'),
      t('townHallReport.col.due'),
    ],
    types: ['number', 'number', 'number', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date'],
    widths: [6, 7, 8, 24, 13, 60, 12, 20, 12, 9, 60, 28, 28, 12],
    rows: report.items.map((i) => [i.number, i.group, i.count, i.theme, i.kind, i.text, i.language, i.speaker, i.place, i.time, i.answer, i.answeredBy, i.followUpOwner, i.due || null]),
  }
}

export function followUpSheet(report: TownHallReport): ReportSheet {
  const t = words(report)
  return {
    name: t('townHallReport.sheet.followUps'),
    header: [t('townHallReport.col.said'), t('townHallReport.col.theme'), t('townHallReport.col.count'), t('townHallReport.col.owner'), t('townHallReport.col.due')],
    types: ['text', 'text', 'number', 'text', 'date'],
    widths: [60, 24, 8, 32, 12],
    rows: report.followUps.map((f) => [f.item, f.theme, f.count, f.owner, f.due || null]),
  }
}

export function themeSheet(report: TownHallReport): ReportSheet {
  const t = words(report)
  const gaps = new Set(report.gaps.map((g) => g.theme))
  return {
    name: t('townHallReport.sheet.themes'),
    header: [t('townHallReport.col.theme'), t('townHallReport.col.count'), t('townHallReport.col.gap')],
    types: ['text', 'number', 'text'],
    widths: [30, 10, 12],
    rows: report.themes.map((theme) => [theme.name, theme.count, gaps.has(theme.name) ? t('townHallReport.yes') : '']),
  }
}
