// Opens (or creates) the Roundtable data file: one process at a time, only the user may read it;
// checks it is ours and healthy, moves aside a file that is not, backs up before migrating, and
// refuses a file from a newer app.
import Database from 'better-sqlite3'
import { chmodSync, closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs'
import { dirname, extname, join } from 'node:path'
import type { Notice } from '../../shared/notices'
import { ROUNDTABLE_APPLICATION_ID } from './application-id'
import { latestVersion, migrate, readSchemaVersion, tooNewError, type Migration } from './migration'
import { MIGRATIONS } from './migrations'
import { lockDataFolder } from './data-lock'
import { backupFileName } from '../../shared/backups/file-name'
import { PRIVATE_FILE_MODE, privateCompanions, privateFile, privateFolder } from './private-files'

export const DATABASE_FILE_NAME = 'roundtable.db'

/** The data version this app writes (its newest migration). */
export const DATA_VERSION = latestVersion(MIGRATIONS)

/** Brings data of an older version up to this app's (after a restore from an older backup). */
export function bringUpToDate(db: Database.Database, file: string): void {
  migrate(db, MIGRATIONS, { file })
}
const SQLITE_HEADER = 'SQLite format 3\u0000'

export interface Store {
  readonly db: Database.Database
  readonly dataDir: string
  readonly file: string
  readonly schemaVersion: number
  /** Things the facilitator must be told about this launch (a file moved aside, a backup made). */
  readonly notices: readonly Notice[]
  close(): void
}

export interface OpenStoreOptions {
  dataDir: string
  fileName?: string
  /** Path to a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string | undefined
  migrations?: readonly Migration[]
  now?: () => Date
}

/** Why a file cannot be opened, as the moved-aside notice words it. */
type Unreadable = { why: 'notSqlite' | 'otherApp' | 'checkFailed' | 'cannotRead'; detail?: string }
type Diagnosis = { kind: 'absent' } | { kind: 'usable' } | ({ kind: 'unreadable' } & Unreadable)

export function openStore(options: OpenStoreOptions): Store {
  const now = options.now ?? (() => new Date())
  const dataDir = options.dataDir
  privateFolder(dataDir)
  const file = join(dataDir, options.fileName ?? DATABASE_FILE_NAME)
  // Before anything looks at the file: another Roundtable on this folder means hands off.
  const lock = lockDataFolder(dataDir, { nativeBinding: options.nativeBinding, now })
  try {
    const { db, notices } = openLocked(file, options.migrations ?? MIGRATIONS, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}, now)
    return {
      db,
      dataDir,
      file,
      schemaVersion: readSchemaVersion(db),
      notices,
      close: () => {
        db.close()
        lock.release()
      },
    }
  } catch (error) {
    lock.release()
    throw error
  }
}

/** Opens the data file once the folder is ours: moved aside if unreadable, backed up and migrated if older. */
function openLocked(file: string, migrations: readonly Migration[], dbOptions: Database.Options, now: () => Date): { db: Database.Database; notices: Notice[] } {
  const notices: Notice[] = []
  const diagnosis = diagnoseFile(file, migrations, dbOptions)
  if (diagnosis.kind === 'unreadable') {
    const movedTo = moveAside(file, stamp(now()))
    notices.push({
      id: 'store-moved-aside',
      level: 'warning',
      reason: 'notice.store.movedAside',
      values: { why: diagnosis.why, detail: diagnosis.detail ?? '', movedTo },
    })
  }

  privateFile(file)
  const db = new Database(file, dbOptions)
  try {
    privateCompanions(file)
    db.pragma('journal_mode = WAL')
    // What is deleted (a participant, a contact) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON')
    // FULL: a committed edit survives a power cut, not only a crash of the app.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // 64 MB of page cache: large imports touch many index pages.
    db.pragma('cache_size = -65536')

    const fileVersion = readSchemaVersion(db)
    const latest = latestVersion(migrations)
    if (fileVersion > 0 && fileVersion < latest) {
      const backup = backupBeforeMigrating(db, dirname(file), now())
      notices.push({ id: 'store-backed-up', level: 'info', reason: 'notice.store.backedUp', values: { backup } })
    }
    migrate(db, migrations, { file })
    return { db, notices }
  } catch (error) {
    db.close()
    throw error
  }
}

/** Looks at an existing file without changing it and says whether Roundtable can use it. */
function diagnoseFile(
  file: string,
  migrations: readonly Migration[],
  dbOptions: Database.Options,
): Diagnosis {
  if (!existsSync(file)) return { kind: 'absent' }
  if (statSync(file).size === 0) return { kind: 'usable' }
  if (readHeader(file) !== SQLITE_HEADER) return { kind: 'unreadable', why: 'notSqlite' }

  let db: Database.Database | undefined
  try {
    db = new Database(file, dbOptions)
    const applicationId = db.pragma('application_id', { simple: true }) as number
    const version = readSchemaVersion(db)
    const tableCount = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`).get() as { n: number }).n
    const ours = applicationId === ROUNDTABLE_APPLICATION_ID
    if (!ours && (applicationId !== 0 || version > 0 || tableCount > 0)) {
      return { kind: 'unreadable', why: 'otherApp' }
    }
    const latest = latestVersion(migrations)
    if (version > latest) throw tooNewError(version, latest, file)
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    if (integrity !== 'ok') {
      return { kind: 'unreadable', why: 'checkFailed', detail: integrity }
    }
    return { kind: 'usable' }
  } catch (error) {
    if (isSqliteDamage(error)) return { kind: 'unreadable', why: 'cannotRead' }
    throw error
  } finally {
    db?.close()
  }
}

function isSqliteDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB'
}

function readHeader(file: string): string {
  const buffer = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(file, 'r')
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    return buffer.subarray(0, read).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

/** Renames the file and its WAL companions to "<name>.unreadable-<time>.db"; returns the new path. */
function moveAside(file: string, when: string): string {
  const extension = extname(file)
  const target = `${file.slice(0, file.length - extension.length)}.unreadable-${when}${extension}`
  renameSync(file, target)
  chmodSync(target, PRIVATE_FILE_MODE)
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(file + suffix)) continue
    renameSync(file + suffix, target + suffix)
    chmodSync(target + suffix, PRIVATE_FILE_MODE)
  }
  return target
}

/** A consistent copy of the whole database, taken before its schema changes. */
function backupBeforeMigrating(db: Database.Database, dataDir: string, when: Date): string {
  const backupDir = join(dataDir, 'backups')
  privateFolder(backupDir)
  const target = join(backupDir, backupFileName(when, 'beforeMigration'))
  // VACUUM INTO may write into an empty file: made private first, it never exists readable by others.
  privateFile(target)
  db.prepare('VACUUM INTO ?').run(target)
  return target
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}
