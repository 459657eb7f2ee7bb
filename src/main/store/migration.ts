// Applies numbered schema migrations in one transaction, tracked by SQLite's user_version.
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

export interface Migration {
  /** Only-increasing, one per file: migrations/0002-community-areas.ts has version 2. */
  readonly version: number
  readonly name: string
  up(db: Database.Database): void
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version
}

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Throws unless versions start at 1 and go up by one, so a gap or a reorder fails loudly. */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`)
    }
  })
}

export function tooNewError(fileVersion: number, appVersion: number, file: string): AppError {
  return new AppError('STORE_TOO_NEW', 'error.store.tooNew', { file, fileVersion, appVersion }, { file, fileVersion, appVersion })
}

/**
 * Brings the database up to the newest version, all steps in one transaction: either every
 * pending migration is applied and user_version moves, or nothing changes.
 * Stops at `targetVersion` when given (tests build the schema at n-1 this way).
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: { targetVersion?: number; file?: string } = {},
): { from: number; to: number } {
  assertMigrationOrder(migrations)
  const latest = latestVersion(migrations)
  const target = options.targetVersion ?? latest
  const from = readSchemaVersion(db)
  if (from > latest) throw tooNewError(from, latest, options.file ?? db.name)
  if (from >= target) return { from, to: from }

  const pending = migrations.filter((m) => m.version > from && m.version <= target)
  db.transaction(() => {
    for (const migration of pending) {
      try {
        migration.up(db)
      } catch (error) {
        // The transaction rolls back: the file stays as it was. The message says which step failed.
        throw new AppError(
          'STORE_UNAVAILABLE',
          'error.store.migrationFailed',
          { file: options.file ?? db.name, version: migration.version, name: migration.name, detail: error instanceof Error ? error.message : String(error) },
          { file: options.file ?? db.name, version: migration.version, name: migration.name },
        )
      }
      db.pragma(`user_version = ${migration.version}`)
    }
  })()
  return { from, to: target }
}
