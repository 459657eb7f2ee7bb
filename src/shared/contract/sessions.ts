// Exercise sessions: plan, sign people in, run (the document and its journal of changes), finish.
import { z } from 'zod'
import { fieldIssueSchema } from '../errors'
import { scenarioSchema } from '../scenario/schema'
import { undoHistorySchema } from '../journal/change'
import { sessionChangeSchema, sessionDocumentSchema } from '../session/document'
import { participantDraftSchema, participantSchema, SESSION_STATUSES, sessionDraftSchema, sessionSummarySchema } from '../session/model'
import { byId, noInput, recordFileInput, textFileSchema, type CallTable } from './common'

const sessionWithParticipants = z.object({
  session: sessionSummarySchema,
  scenario: scenarioSchema,
  variables: z.record(z.string(), z.string()),
  participants: z.array(participantSchema),
})

export const sessionCalls = {
  'sessions.create': { input: sessionDraftSchema, output: sessionSummarySchema },
  'sessions.list': { input: z.object({ status: z.enum(SESSION_STATUSES).optional() }).strict(), output: z.array(sessionSummarySchema) },
  'sessions.get': {
    input: byId,
    output: sessionWithParticipants,
  },
  /** What the projector shows the session from: the same, with no participant's contact. */
  'sessions.presenterView': {
    input: byId,
    output: sessionWithParticipants,
  },
  'sessions.setStatus': { input: z.object({ id: z.uuid(), status: z.enum(SESSION_STATUSES) }).strict(), output: sessionSummarySchema },
  'sessions.addParticipant': { input: participantDraftSchema, output: participantSchema },
  'sessions.removeParticipant': { input: byId, output: participantSchema },
  'sessions.state': { input: byId, output: z.object({ revision: z.number().int(), document: sessionDocumentSchema }) },
  /** Undo and Redo as they stood when the session was last open (its last steps). */
  'sessions.undoHistory': { input: byId, output: undoHistorySchema },
  'sessions.applyChange': { input: sessionChangeSchema, output: z.object({ revision: z.number().int() }) },
  /** The finished example session that ships with the app, while it is here. */
  'sessions.example': { input: noInput, output: z.object({ id: z.uuid().nullable() }) },
  /** Removes the example session; it does not come back. */
  'sessions.removeExample': { input: noInput, output: z.object({ removed: z.boolean() }) },
  /** The whole session as one file for another laptop. */
  /** The session as a file for another laptop; contacts (consented ones) only when chosen. */
  'sessions.exportFile': { input: z.object({ id: z.uuid(), contacts: z.boolean().default(false) }).strict(), output: textFileSchema },
  /** Takes the session's contacts out of the data file for good; names the backups that still hold them. */
  'sessions.purgeContacts': {
    input: byId,
    output: z.object({
      participants: z.number().int(),
      pointsOfContact: z.number().int(),
      /** Backups taken before, and when each is deleted by the keeping rule (null: kept until deleted by hand). */
      backupsStillHolding: z.array(z.object({ id: z.string(), at: z.iso.datetime(), expires: z.iso.datetime().nullable() })),
    }),
  },
  /** Reads a session file; a session already here is replaced or kept beside a copy, as asked ("ask" only says so). */
  'sessions.importFile': {
    input: recordFileInput,
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('imported'), sessionId: z.uuid(), organizationsAdded: z.number().int(), servicesAdded: z.number().int() }),
      z.object({ outcome: z.literal('exists'), sessionId: z.uuid(), title: z.string() }),
      z.object({ outcome: z.literal('invalid'), problems: z.array(fieldIssueSchema) }),
    ]),
  },
} as const satisfies CallTable
