// The report calls.
import type { HandlersOf } from '../../../shared/contract'
import type { reportCalls } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import type { ReportService } from '.'

/** Prints HTML to PDF bytes; only the desktop app has one (Electron's printToPDF). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

export function reportHandlers(reports: ReportService, printPdf?: PdfPrinter): HandlersOf<typeof reportCalls> {
  return {
    'reports.input': ({ id }) => reports.input(id),
    'reports.options': ({ id }) => reports.options(id),
    'reports.saveOptions': ({ id, options }) => reports.saveOptions(id, options),
    'reports.printPdf': async ({ html }) => {
      if (!printPdf) throw new AppError('NOT_FOUND', 'error.report.noPrinter')
      return { base64: Buffer.from(await printPdf(html)).toString('base64') }
    },
  }
}
