// Everything a session's report is built from, as main hands it over (to the renderer's worker or
// to the command line): the session, its scenario as run, who came, what the room did, and the
// snapshot of what it referred to.
import { z } from 'zod'
import { scenarioSchema } from '../scenario/schema'
import { sessionDocumentSchema } from '../session/document'
import { participantSchema, sessionSummarySchema } from '../session/model'
import { reportSnapshotSchema } from './snapshot'

export const reportInputSchema = z
  .object({
    session: sessionSummarySchema,
    scenario: scenarioSchema,
    variables: z.record(z.string(), z.string()),
    participants: z.array(participantSchema),
    document: sessionDocumentSchema,
    snapshot: reportSnapshotSchema,
    /** The snapshot was kept when the session finished (else it was taken now, from live data). */
    kept: z.boolean(),
  })
  .strict()
export type ReportInput = z.infer<typeof reportInputSchema>
