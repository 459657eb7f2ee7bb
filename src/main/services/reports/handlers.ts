// The report calls.
import type { HandlersOf } from '../../../shared/contract'
import type { reportCalls } from '../../../shared/contract/reports'
import type { ReportService } from '.'

export function reportHandlers(reports: ReportService): HandlersOf<typeof reportCalls> {
  return {
    'reports.input': ({ id }) => reports.input(id),
    'reports.options': ({ id }) => reports.options(id),
    'reports.saveOptions': ({ id, options }) => reports.saveOptions(id, options),
  }
}
