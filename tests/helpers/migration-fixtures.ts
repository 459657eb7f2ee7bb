// Builds a data file at an earlier schema version the way a laptop's file came to be: the shipped
// migrations applied one at a time, each followed by what the app of that version wrote (the
// seed beside the fixtures, plain SQL against that version's schema). The files built from it are
// committed and frozen (scripts/write-migration-fixtures.ts), so changing a shipped migration
// breaks tests/main/store/migrations/fixtures.test.ts.
import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrate, type Migration } from '../../src/main/store/migration'
import { MIGRATIONS } from '../../src/main/store/migrations'

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/migrations', import.meta.url))
export const SEEDS_DIR = join(FIXTURES_DIR, 'seeds')

/** roundtable-v7.db: a file at schema version 7. */
export function fixtureName(version: number): string {
  return `roundtable-v${version}.db`
}

/** The version a fixture's name says it holds, or undefined for another file. */
export function fixtureVersion(fileName: string): number | undefined {
  const match = /^roundtable-v(\d+)\.db$/.exec(fileName)
  return match ? Number(match[1]) : undefined
}

/** 0009-response-hours.sql: the rows written right after migration 9, against its schema. */
export function seedName(migration: Migration): string {
  return `${String(migration.version).padStart(4, '0')}-${migration.name.trim().replace(/\s+/g, '-')}.sql`
}

/**
 * Writes `file` at schema `version`: each migration up to it, then its seed, in order, with
 * foreign keys on. Checked (integrity, foreign keys), in rollback-journal mode so the file stands
 * alone, and vacuumed small.
 */
export function buildFixture(file: string, version: number, migrations: readonly Migration[] = MIGRATIONS): void {
  if (!Number.isInteger(version) || version < 1 || version > migrations.length) {
    throw new Error(`Version ${version} is not one of the migrations (1 to ${migrations.length}).`)
  }
  const db = new Database(file)
  try {
    db.pragma('foreign_keys = ON')
    for (const migration of migrations.slice(0, version)) {
      migrate(db, migrations, { targetVersion: migration.version })
      const seed = join(SEEDS_DIR, seedName(migration))
      if (!existsSync(seed)) {
        throw new Error(`Migration ${migration.version} (${migration.name}) has no seed: write ${seed} with rows for what it created or changed.`)
      }
      const sql = readFileSync(seed, 'utf8')
      try {
        db.transaction(() => db.exec(sql))()
      } catch (error) {
        throw new Error(`The seed ${seedName(migration)} does not fit schema version ${migration.version}: ${String(error)}`, { cause: error })
      }
    }
    const foreignKeys = db.pragma('foreign_key_check') as unknown[]
    if (foreignKeys.length > 0) throw new Error(`The seeds leave rows without their parent: ${JSON.stringify(foreignKeys)}`)
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`The built file fails the integrity check: ${String(integrity)}`)
    db.pragma('journal_mode = DELETE')
    db.exec('VACUUM')
  } finally {
    db.close()
  }
}
