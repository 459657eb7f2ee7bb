// Which backups are kept. The rule, as the settings screen states it: the newest 12 automatic
// backups (on a schedule or before an import), and the newest one of each of the last 14 days;
// backups made by hand, before a migration or before a restore are kept until removed by hand.
import type { Backup } from './model'

export const KEEP_NEWEST_AUTOMATIC = 12
export const KEEP_DAILY_FOR_DAYS = 14

const AUTOMATIC: ReadonlySet<Backup['reason']> = new Set(['scheduled', 'beforeImport'])

/** The backups to delete now, given all of them and the time. */
export function backupsToDelete(backups: readonly Backup[], now: Date): Backup[] {
  const automatic = backups.filter((b) => AUTOMATIC.has(b.reason)).sort((a, b) => b.at.localeCompare(a.at))
  const keep = new Set(automatic.slice(0, KEEP_NEWEST_AUTOMATIC).map((b) => b.id))
  const oldestDay = new Date(now.getTime() - KEEP_DAILY_FOR_DAYS * 86_400_000).toISOString().slice(0, 10)
  const seenDays = new Set<string>()
  for (const backup of automatic) {
    const day = backup.at.slice(0, 10)
    if (day >= oldestDay && !seenDays.has(day)) {
      seenDays.add(day)
      keep.add(backup.id)
    }
  }
  return automatic.filter((b) => !keep.has(b.id))
}

/** When an automatic backup will be deleted at the latest (for telling what still holds old data). */
export function latestExpiry(backup: Backup): Date | null {
  if (!AUTOMATIC.has(backup.reason)) return null
  return new Date(Date.parse(backup.at) + (KEEP_DAILY_FOR_DAYS + 1) * 86_400_000)
}
