// Backups of the data file, taken with SQLite's online backup API (a consistent copy while the app
// runs, page by page without holding up the event loop), kept in the data folder's private
// backups/ by the rule in shared/backups/retention.ts. A restore copies a backup over the live data
// the same way, after keeping the data as it was aside: restoring that one undoes it.
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import type { Backup, BackupPreview, BackupReason, RestoreResult } from '../../../shared/backups/model'
import { backupFileName, readBackupFileName } from '../../../shared/backups/file-name'
import { backupsToDelete } from '../../../shared/backups/retention'
import { bringUpToDate, DATA_VERSION, type Store } from '../../store/open-store'
import { privateFile, privateFolder } from '../../store/private-files'
import type { WriteGate } from '../write-gate'
import { readBackupFile } from './backup-file'


export type Backups = ReturnType<typeof createBackups>

export function createBackups(store: Store, clock: () => Date, gate: WriteGate, nativeBinding?: string) {
  const folder = join(store.dataDir, 'backups')
  const latest = DATA_VERSION

  function list(): Backup[] {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      return []
    }
    return names
      .flatMap((name) => {
        const named = readBackupFileName(name)
        return named ? [{ id: name, ...named, bytes: statSync(join(folder, name)).size }] : []
      })
      .sort((a, b) => b.at.localeCompare(a.at))
  }

  function pathOf(id: string): string {
    if (!readBackupFileName(id) || !list().some((b) => b.id === id)) throw new AppError('NOT_FOUND', 'error.backup.notFound', { id })
    return join(folder, id)
  }

  async function backUp(reason: BackupReason): Promise<Backup> {
    privateFolder(folder)
    let at = clock()
    // Two in the same millisecond (a test's fixed clock) get distinct names.
    while (list().some((b) => b.id === backupFileName(at, reason))) at = new Date(at.getTime() + 1)
    const id = backupFileName(at, reason)
    const target = join(folder, id)
    privateFile(target)
    try {
      await store.db.backup(target)
    } catch (error) {
      rmSync(target, { force: true })
      throw error
    }
    for (const old of backupsToDelete(list(), clock())) rmSync(join(folder, old.id), { force: true })
    return { id, reason, at: at.toISOString(), bytes: statSync(target).size }
  }

  return {
    folder,
    list,
    backUp,

    preview(path: string, fileName: string): BackupPreview {
      return readBackupFile(path, fileName, latest, nativeBinding)
    },

    previewById(id: string): BackupPreview {
      return readBackupFile(pathOf(id), id, latest, nativeBinding)
    },

    pathOf,

    /**
     * Replaces the live data with the backup's: checked first, the data as it was kept aside, then
     * copied in one step while every other call waits, and brought up to this app's data version.
     */
    async restore(path: string, fileName: string): Promise<RestoreResult> {
      const restored = readBackupFile(path, fileName, latest, nativeBinding)
      const keptAside = await backUp('beforeRestore')
      await gate.hold(async () => {
        const source = new Database(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) })
        try {
          // Every page in one step: the live file is never seen half-copied.
          await source.backup(store.file, { progress: () => 0x7fffffff })
        } finally {
          source.close()
        }
        bringUpToDate(store.db, store.file)
      })
      return { restored, keptAside }
    },
  }
}
