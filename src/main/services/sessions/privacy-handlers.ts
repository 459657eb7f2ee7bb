// The session's privacy calls: purging its contacts, and naming the backups that still hold them.
import type Database from 'better-sqlite3'
import type { HandlersOf } from '../../../shared/contract'
import type { sessionCalls } from '../../../shared/contract/sessions'
import { latestExpiry } from '../../../shared/backups/retention'
import type { Backups } from '../backups/backups'
import type { SessionJournal } from './journal'
import { purgeSessionContacts } from './purge-contacts'

export function sessionPrivacyHandlers(db: Database.Database, journal: SessionJournal, backups: Backups, clock: () => Date): Pick<HandlersOf<typeof sessionCalls>, 'sessions.purgeContacts'> {
  return {
    'sessions.purgeContacts': ({ id }) => {
      const createdAt = db.prepare('SELECT created_at FROM exercise_session WHERE id = ?').pluck().get(id) as string | undefined
      const purged = purgeSessionContacts(db, journal, id, clock)
      const now = clock().toISOString()
      // Backups taken while the session existed may hold its contacts; older ones cannot.
      const backupsStillHolding = backups
        .list()
        .filter((backup) => backup.at <= now && (createdAt === undefined || backup.at >= createdAt))
        .map((backup) => ({ id: backup.id, at: backup.at, expires: latestExpiry(backup)?.toISOString() ?? null }))
      return { ...purged, backupsStillHolding }
    },
  }
}
