// A running session's journal: the shared journal (services/journal) for exercise sessions.
import type Database from 'better-sqlite3'
import type { SessionChange } from '../../../shared/session/document'
import { sessionDocumentSchema, emptySessionDocument } from '../../../shared/session/document'
import { isEditable } from '../../../shared/session/status'
import type { SessionSummary } from '../../../shared/session/model'
import { createJournal } from '../journal/journal'

export type SessionJournal = ReturnType<typeof createSessionJournal>

export function createSessionJournal(db: Database.Database, clock: () => Date = () => new Date()) {
  const status = db.prepare<[string], { status: SessionSummary['status'] }>('SELECT status FROM exercise_session WHERE id = ?').pluck()
  const journal = createJournal(
    db,
    {
      kind: 'session',
      status: (id) => status.get(id) as SessionSummary['status'] | undefined,
      isEditable: (value) => isEditable(value as SessionSummary['status']),
      schema: sessionDocumentSchema,
      empty: emptySessionDocument,
      errors: {
        notFound: 'error.session.notFound',
        finished: 'error.session.finished',
        conflict: 'error.session.conflict',
        fieldUnknown: 'error.session.fieldUnknown',
        doesNotFit: 'error.session.changeDoesNotFit',
        incomplete: 'error.session.changeIncomplete',
      },
    },
    clock,
  )
  return {
    ...journal,
    apply: ({ sessionId, ...change }: SessionChange): { revision: number } => journal.apply(sessionId, change),
  }
}
