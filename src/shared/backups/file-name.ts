// How a backup file is named in the backups folder: when, and why — read back by the list.
import { BACKUP_REASONS, type BackupReason } from './model'

export const BACKUP_FILE_NAME = new RegExp(`^roundtable-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)-(${BACKUP_REASONS.join('|')})\\.db$`)

export function backupFileName(at: Date, reason: BackupReason): string {
  return `roundtable-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.db`
}

/** The time and reason a backup's name says, or null for a file that is not one. */
export function readBackupFileName(name: string): { at: string; reason: BackupReason } | null {
  const match = BACKUP_FILE_NAME.exec(name)
  if (!match) return null
  const stamp = match[1]!
  return { at: `${stamp.slice(0, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`, reason: match[2] as BackupReason }
}
