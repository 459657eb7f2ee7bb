// A town hall's report and files: what the report is built from (built into HTML, CSV and XLSX
// off the main thread, in the renderer's worker or the command line; its PDF printed by
// reports.printPdf), the town hall as one file for another laptop, and the shipped example.
import { z } from 'zod'
import { fieldIssueSchema } from '../errors'
import { townHallReportInputSchema } from '../townhall/report/input'
import { byId, noInput, recordFileInput, textFileSchema, type CallTable } from './common'

export const townHallReportCalls = {
  'townHalls.reportInput': { input: byId, output: townHallReportInputSchema },
  /** The whole town hall as one file for another laptop. */
  'townHalls.exportFile': { input: byId, output: textFileSchema },
  /** Reads a town-hall file; a town hall already here is replaced or kept beside a copy, as asked ("ask" only says so). */
  'townHalls.importFile': {
    input: recordFileInput,
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('imported'), townHallId: z.uuid(), organizationsAdded: z.number().int(), servicesAdded: z.number().int() }),
      z.object({ outcome: z.literal('exists'), townHallId: z.uuid(), title: z.string() }),
      z.object({ outcome: z.literal('invalid'), problems: z.array(fieldIssueSchema) }),
    ]),
  },
  /** The finished example town hall that ships with the app, while it is here. */
  'townHalls.example': { input: noInput, output: z.object({ id: z.uuid().nullable() }) },
  /** Removes the example town hall; it does not come back. */
  'townHalls.removeExample': { input: noInput, output: z.object({ removed: z.boolean() }) },
} as const satisfies CallTable
