// "Purge contacts" for one session: the participants' phone numbers and emails, and the points of
// contact typed on action items, taken out of the data file for good — out of the participant
// rows, the document, every saved change and its undo — then the write-ahead log is folded in and
// emptied, and with secure_delete on (store/open-store.ts) the old bytes are overwritten. Backups
// taken before still hold them: the caller names those, with when they go.
import type Database from 'better-sqlite3'
import { withoutField } from '../../../shared/journal/scrub'
import type { SessionJournal } from './journal'

export function purgeSessionContacts(db: Database.Database, journal: SessionJournal, sessionId: string, clock: () => Date): { participants: number; pointsOfContact: number } {
  const clearParticipants = db.prepare(`UPDATE session_participant SET contact = '', contact_consent = 0, updated_at = ? WHERE session_id = ? AND (contact <> '' OR contact_consent = 1)`)
  const purged = db.transaction(() => {
    const pointsOfContact = journal.scrub(sessionId, withoutField('pointOfContact'))
    const participants = clearParticipants.run(clock().toISOString(), sessionId).changes
    return { participants, pointsOfContact }
  }).immediate()
  // The old pages live on in the write-ahead log until it is folded into the file and emptied.
  db.pragma('wal_checkpoint(TRUNCATE)')
  return purged
}
