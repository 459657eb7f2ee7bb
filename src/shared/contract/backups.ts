// Backups of the data file: made on a schedule, before imports and migrations, or by hand; read
// before they are restored; a restore keeps the data as it was aside, so it can be undone.
import { z } from 'zod'
import { backupPreviewSchema, backupSchema, restoreResultSchema } from '../backups/model'
import { noInput, uploadRefSchema, uploadSchema, type CallTable } from './common'

/** A backup of the folder (by id) or a backup file picked elsewhere (a USB stick). */
const backupSourceSchema = z.union([
  z.object({ id: backupSchema.shape.id }).strict(),
  z.object({ file: z.union([uploadRefSchema, uploadSchema]) }).strict(),
])

export const backupCalls = {
  'backups.list': { input: noInput, output: z.object({ backups: z.array(backupSchema), folder: z.string(), rule: z.object({ newestAutomatic: z.number().int(), dailyForDays: z.number().int(), everyMinutes: z.number().int() }) }) },
  'backups.backUpNow': { input: noInput, output: backupSchema },
  'backups.preview': { input: backupSourceSchema, output: backupPreviewSchema },
  'backups.restore': { input: backupSourceSchema, output: restoreResultSchema },
  /** A backup as a file to save anywhere (a USB stick). */
  'backups.download': { input: z.object({ id: backupSchema.shape.id }).strict(), output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
} as const satisfies CallTable
