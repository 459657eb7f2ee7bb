// What a backup file holds, read without changing it: is it Roundtable's, of which data version,
// and how many sessions, town halls, scenarios and inventory records, changed when.
import Database from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import type { BackupCounts, BackupPreview } from '../../../shared/backups/model'
import { ROUNDTABLE_APPLICATION_ID } from '../../store/application-id'
import { readSchemaVersion } from '../../store/migration'

const COUNTED: Record<keyof BackupCounts, string> = {
  sessions: 'exercise_session',
  townHalls: 'town_hall',
  scenarios: 'scenario',
  organizations: 'organization',
  services: 'service',
  participants: 'session_participant',
}

export function readBackupFile(path: string, fileName: string, latestVersion: number, nativeBinding?: string): BackupPreview {
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  } catch {
    throw new AppError('INVALID_INPUT', 'error.backup.notRoundtable', { file: fileName })
  }
  try {
    let applicationId: number
    try {
      applicationId = db.pragma('application_id', { simple: true }) as number
    } catch {
      throw new AppError('INVALID_INPUT', 'error.backup.notRoundtable', { file: fileName })
    }
    if (applicationId !== ROUNDTABLE_APPLICATION_ID) throw new AppError('INVALID_INPUT', 'error.backup.notRoundtable', { file: fileName })
    const schemaVersion = readSchemaVersion(db)
    if (schemaVersion > latestVersion) throw new AppError('INVALID_INPUT', 'error.backup.tooNew', { file: fileName, fileVersion: schemaVersion, appVersion: latestVersion })
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new AppError('INVALID_INPUT', 'error.backup.damaged', { file: fileName })
    const tables = new Set(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[])
    const count = (table: string) => (tables.has(table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0)
    const counts = Object.fromEntries(Object.entries(COUNTED).map(([key, table]) => [key, count(table)])) as BackupCounts
    const dated = ['exercise_session', 'town_hall', 'organization', 'service', 'journal_state'].filter((table) => tables.has(table))
    const lastChangedAt = dated.length === 0 ? null : ((db.prepare(`SELECT max(at) FROM (${dated.map((t) => `SELECT max(updated_at) AS at FROM ${t}`).join(' UNION ALL ')})`).pluck().get() as string | null) ?? null)
    return { fileName, schemaVersion, counts, lastChangedAt }
  } finally {
    db.close()
  }
}
