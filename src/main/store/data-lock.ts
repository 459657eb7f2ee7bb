// One Roundtable at a time per data folder: the desktop app and `npm run serve` may both point at
// it, and the journal assumes a single writer. The lock is SQLite's own (an exclusive lock on a
// small file beside the data), so the operating system frees it when the process ends, even when
// it is killed: a crash never leaves a stale lock behind. Who holds it is written beside it.
import Database from 'better-sqlite3'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { privateFile, PRIVATE_FILE_MODE } from './private-files'

export const LOCK_FILE_NAME = 'roundtable.lock'

export interface DataLock {
  release(): void
}

interface Holder {
  pid: number
  since: string
}

export function lockDataFolder(dataDir: string, options: { nativeBinding?: string | undefined; now: () => Date }): DataLock {
  const file = join(dataDir, LOCK_FILE_NAME)
  const about = `${file}.json`
  privateFile(file)
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    db.pragma('busy_timeout = 0')
    db.pragma('locking_mode = EXCLUSIVE')
    // Held until this connection closes (or the process ends).
    db.exec('BEGIN EXCLUSIVE')
  } catch (error) {
    db.close()
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
    const holder = readHolder(about)
    throw new AppError('STORE_UNAVAILABLE', 'error.store.inUse', { folder: dataDir, pid: holder?.pid ?? 0, since: holder?.since ?? '' })
  }
  const holder: Holder = { pid: process.pid, since: options.now().toISOString() }
  writeFileSync(about, `${JSON.stringify(holder)}\n`, { mode: PRIVATE_FILE_MODE })
  let released = false
  return {
    release() {
      if (released) return
      released = true
      rmSync(about, { force: true })
      db.close()
    },
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>
    return typeof value.pid === 'number' && typeof value.since === 'string' ? { pid: value.pid, since: value.since } : undefined
  } catch {
    return undefined
  }
}
