// The backups' calls. A backup picked elsewhere (a USB stick) arrives as any picked file does.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { HandlersOf } from '../../../shared/contract'
import type { backupCalls } from '../../../shared/contract/backups'
import { KEEP_DAILY_FOR_DAYS, KEEP_NEWEST_AUTOMATIC } from '../../../shared/backups/retention'
import type { UploadFiles } from '../upload-files'
import { chosenFiles, doneWith, type PickedFile } from '../reading/picked-files'
import type { Backups } from './backups'
import { withPickedFile } from './picked-backup'

/** `everyMs`: how often the schedule backs up (0: no schedule). */
export function backupHandlers(backups: Backups, uploads: UploadFiles | undefined, uploadsFolder: string, everyMs: number): HandlersOf<typeof backupCalls> {
  /** A backup file picked elsewhere, read where it is (or from a private copy of inline bytes), then forgotten. */
  const withPicked = <T>(file: PickedFile, use: (path: string, name: string) => T | Promise<T>) =>
    withPickedFile(chosenFiles([file], uploads)[0]!, uploadsFolder, use, () => doneWith([file], uploads))
  return {
    'backups.list': () => ({ backups: backups.list(), folder: backups.folder, rule: { newestAutomatic: KEEP_NEWEST_AUTOMATIC, dailyForDays: KEEP_DAILY_FOR_DAYS, everyMinutes: Math.round(everyMs / 60_000) } }),
    'backups.backUpNow': () => backups.backUp('manual'),
    'backups.preview': (source) =>
      'id' in source ? backups.previewById(source.id) : withPicked(source.file, (path, name) => backups.preview(path, name)),
    'backups.restore': (source) => ('id' in source ? backups.restore(backups.pathOf(source.id), source.id) : withPicked(source.file, (path, name) => backups.restore(path, name))),
    'backups.download': ({ id }) => ({ fileName: basename(id), contentBase64: readFileSync(backups.pathOf(id)).toString('base64') }),
  }
}
