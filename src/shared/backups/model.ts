// Backups of the data file: why each was made, and what one holds before it is restored.
import { z } from 'zod'

export const BACKUP_REASONS = ['scheduled', 'manual', 'beforeImport', 'beforeMigration', 'beforeRestore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const backupSchema = z.object({
  /** The file's name in the backups folder. */
  id: z.string().regex(/^roundtable-[0-9TZ-]+-[a-zA-Z]+\.db$/),
  reason: z.enum(BACKUP_REASONS),
  at: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
})
export type Backup = z.infer<typeof backupSchema>

export const backupCountsSchema = z.object({
  sessions: z.number().int(),
  townHalls: z.number().int(),
  scenarios: z.number().int(),
  organizations: z.number().int(),
  services: z.number().int(),
  participants: z.number().int(),
})
export type BackupCounts = z.infer<typeof backupCountsSchema>

/** What a backup file holds, read without changing it. */
export const backupPreviewSchema = z.object({
  fileName: z.string(),
  schemaVersion: z.number().int(),
  counts: backupCountsSchema,
  /** The latest time anything in it was changed, or null when it holds nothing dated. */
  lastChangedAt: z.iso.datetime().nullable(),
})
export type BackupPreview = z.infer<typeof backupPreviewSchema>

export const restoreResultSchema = z.object({
  restored: backupPreviewSchema,
  /** The data as it was just before, kept as a backup: restoring it undoes the restore. */
  keptAside: backupSchema,
})
export type RestoreResult = z.infer<typeof restoreResultSchema>
