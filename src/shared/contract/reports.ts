// Session reports: what a report is built from (built into HTML, CSV and XLSX off the main
// thread, in the renderer's worker or the command line), and the choices remembered per session.
import { z } from 'zod'
import { reportInputSchema } from '../report/input'
import { reportOptionsSchema } from '../report/options'
import { byId, type CallTable } from './common'

export const reportCalls = {
  'reports.input': { input: byId, output: reportInputSchema },
  'reports.options': { input: byId, output: reportOptionsSchema.nullable() },
  'reports.saveOptions': { input: z.object({ id: z.uuid(), options: reportOptionsSchema }).strict(), output: reportOptionsSchema },
  /** The report's HTML printed to PDF by the desktop app (a hidden, sandboxed window); the browser prints its own. */
  'reports.printPdf': { input: z.object({ html: z.string().max(50_000_000) }).strict(), output: z.object({ base64: z.string() }) },
} as const satisfies CallTable
