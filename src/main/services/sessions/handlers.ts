// The sessions' calls: planning and sign-in, and the running document saved change by change.
import type { HandlersOf } from '../../../shared/contract'
import type { sessionCalls } from '../../../shared/contract/sessions'
import type { SessionService } from '.'
import type Database from 'better-sqlite3'
import type { SessionJournal } from './journal'
import type { ReportService } from '../reports'
import type { SessionFiles } from './session-files'
import { exampleSessionId, removeExampleSession } from './example-session'
import { recordFile, type ReadPicked } from '../reading/picked-files'

export function sessionHandlers(sessions: SessionService, journal: SessionJournal, reports: ReportService, files: SessionFiles, db: Database.Database, readPicked: ReadPicked): Omit<HandlersOf<typeof sessionCalls>, 'sessions.purgeContacts'> {
  return {
    'sessions.create': (draft) => sessions.create(draft),
    'sessions.list': ({ status }) => sessions.list(status),
    'sessions.get': ({ id }) => sessions.get(id),
    // The projector never receives a contact, consented or not.
    'sessions.presenterView': ({ id }) => {
      const loaded = sessions.get(id)
      return { ...loaded, participants: loaded.participants.map((p) => ({ ...p, contact: '', contactConsent: false })) }
    },
    // Finishing keeps the report's snapshot in the same transaction; reopening lets it read live data again.
    'sessions.setStatus': ({ id, status }) =>
      db.transaction(() => {
        const was = sessions.get(id).session.status
        const summary = sessions.setStatus(id, status)
        if (status === 'finished') reports.keepSnapshot(id)
        else if (was === 'finished') reports.dropSnapshot(id)
        return summary
      }).immediate(),
    'sessions.addParticipant': (draft) => sessions.addParticipant(draft),
    'sessions.removeParticipant': ({ id }) => sessions.removeParticipant(id),
    'sessions.state': ({ id }) => journal.current(id),
    'sessions.undoHistory': ({ id }) => {
      journal.current(id) // a session that is gone is NOT_FOUND, not an empty history
      return journal.undoHistory(id)
    },
    'sessions.applyChange': (change) => journal.apply(change),
    'sessions.example': () => ({ id: exampleSessionId(db) }),
    'sessions.removeExample': () => ({ removed: removeExampleSession(db) }),
    'sessions.exportFile': ({ id, contacts }) => files.exportFile(id, { contacts }),
    // Read and checked off the main thread; written here in one transaction.
    'sessions.importFile': async (input) => files.importRead(await readPicked('sessionFile', [recordFile(input)], ([file]) => file!), input.mode),
  }
}
