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
} as const satisfies CallTable
