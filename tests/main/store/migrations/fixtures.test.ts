// Every earlier schema version as a laptop holds it (the frozen files in tests/fixtures/migrations),
// opened by today's app: backed up first, brought up to date with its rows, healthy, and read back
// through the contract with its values intact. Changing a shipped migration breaks this.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors'
import type { Migration } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { DATABASE_FILE_NAME, openStore } from '../../../../src/main/store/open-store'
import { LOCK_FILE_NAME } from '../../../../src/main/store/data-lock'
import { startApp } from '../../../helpers/app'
import { buildFixture, FIXTURES_DIR, fixtureName, fixtureVersion, SEEDS_DIR, seedName } from '../../../helpers/migration-fixtures'
import { useTempDirs } from '../../../helpers/temp-dir'
import { FIXTURE_CHECKS, IDS } from './fixture-checks'

const tempDir = useTempDirs()
const LATEST = MIGRATIONS.length
const FIXTURE_VERSIONS = readdirSync(FIXTURES_DIR)
  .map(fixtureVersion)
  .filter((version) => version !== undefined)
  .sort((a, b) => a - b)

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** A data folder holding a copy of the fixture at `version` as its data file. */
function folderWithFixture(version: number): { dataDir: string; file: string } {
  const dataDir = tempDir()
  const file = join(dataDir, DATABASE_FILE_NAME)
  copyFileSync(join(FIXTURES_DIR, fixtureName(version)), file)
  return { dataDir, file }
}

/** What a file holds: its version, its schema and every row of every table (read, never written). */
function contents(file: string): { version: number; schema: unknown[]; rows: Record<string, string[]> } {
  const db = new Database(file, { fileMustExist: true })
  try {
    const schema = db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all()
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]
    const rows = Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort()]))
    return { version: db.pragma('user_version', { simple: true }) as number, schema, rows }
  } finally {
    db.close()
  }
}

function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('Expected an error.')
}

describe('migration fixtures', () => {
  it('keep a frozen file for every earlier version, and a seed for every migration', () => {
    expect(FIXTURE_VERSIONS).toEqual(Array.from({ length: LATEST - 1 }, (_, index) => index + 1))
    for (const migration of MIGRATIONS) expect(existsSync(join(SEEDS_DIR, seedName(migration))), seedName(migration)).toBe(true)
  })

  it.each(FIXTURE_VERSIONS)('a file at version %i is backed up, brought up to date with its rows, and read back by the app', async (version) => {
    const { dataDir, file } = folderWithFixture(version)
    const before = contents(file)
    expect(before.version).toBe(version)

    const app = startApp(dataDir, { exampleSession: false })
    try {
      const { store, call } = app
      expect(store.schemaVersion).toBe(LATEST)
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(store.db.pragma('foreign_key_check')).toEqual([])
      const info = await call('app.info', {})
      expect(info.schemaVersion).toBe(LATEST)
      expect(info.notices.map((notice) => notice.id)).toEqual(['store-backed-up'])

      for (const check of FIXTURE_CHECKS.filter((c) => c.since <= version)) await check.run(app, version)

      // The brought-up file takes new work: a town hall (the newest tables) and its first change.
      const townHall = await call('townHalls.create', { title: 'Después de migrar', areaNumbers: [30], date: '2026-12-01' })
      expect(await call('townHalls.applyChange', { townHallId: townHall.id, baseRevision: 0, label: { key: 'action.townHall.attendance' }, patches: [{ op: 'replace', path: ['attendance'], value: 40 }], inversePatches: [] })).toEqual({ revision: 1 })
      if (version >= 13) {
        const change = { townHallId: IDS.townHall, baseRevision: 3, label: { key: 'action.townHall.attendance' as const }, patches: [{ op: 'replace' as const, path: ['attendance'], value: 92 }], inversePatches: [] }
        expect(await call('townHalls.applyChange', change)).toEqual({ revision: 4 })
      }
    } finally {
      app.store.close()
    }

    // The copy taken before migrating is the old version, row for row.
    const backups = readdirSync(join(dataDir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/beforeMigration\.db$/)
    expect(contents(join(dataDir, 'backups', backups[0]!))).toEqual(before)
  })

  it('the newest migration’s seed fits its schema and reads back, ready for the next fixture', async () => {
    const dataDir = tempDir()
    buildFixture(join(dataDir, DATABASE_FILE_NAME), LATEST)
    const app = startApp(dataDir, { exampleSession: false })
    try {
      expect(app.store.notices).toEqual([])
      for (const check of FIXTURE_CHECKS) await check.run(app, LATEST)
    } finally {
      app.store.close()
    }
  })
})

describe('opening a file that cannot be brought up to date', () => {
  it('leaves the file byte for byte as it was when a migration fails midway, and the next launch migrates it', () => {
    const version = LATEST - 1
    const { dataDir, file } = folderWithFixture(version)
    // As the app leaves its own file: opened at its version (write-ahead log on) and closed.
    openStore({ dataDir, migrations: MIGRATIONS.slice(0, version) }).close()
    const bytes = sha256(file)
    const before = contents(file)

    const breaks: Migration = {
      version: LATEST + 1,
      name: 'breaks-midway',
      up(db) {
        db.prepare(`UPDATE organization SET name = 'renamed'`).run()
        db.exec('DROP TABLE draft')
        throw new Error('the disk is full')
      },
    }
    const error = thrownBy(() => openStore({ dataDir, migrations: [...MIGRATIONS, breaks] }))
    // The error box names the file, the step that failed and why, and says the file is unchanged.
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ reason: 'error.store.migrationFailed', values: { file, version: LATEST + 1, name: 'breaks-midway', detail: 'the disk is full' } })
    expect((error as Error).message).toContain(`step ${LATEST + 1} (breaks-midway) failed (the disk is full). The file has not been changed`)

    // Every step was rolled back, the real one before it too: same bytes, same rows, same version.
    expect(sha256(file)).toBe(bytes)
    expect(contents(file)).toEqual(before)
    expect(contents(file).version).toBe(version)
    // The copy taken before migrating is there as well.
    const backups = readdirSync(join(dataDir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(contents(join(dataDir, 'backups', backups[0]!)).rows).toEqual(before.rows)

    // The folder was let go: today's app opens the file and brings it up to date.
    const store = openStore({ dataDir })
    expect(store.schemaVersion).toBe(LATEST)
    expect(store.db.prepare('SELECT name FROM organization WHERE id = ?').pluck().get(IDS.health)).toBe('Centro de Salud Familiar "Niños & Familias" — Pilsen')
    store.close()
  })

  it('refuses a file from a newer Roundtable by its reason, without touching, backing up or moving it', () => {
    const { dataDir, file } = folderWithFixture(LATEST - 1)
    const newer = new Database(file)
    newer.pragma(`user_version = ${LATEST + 1}`)
    newer.close()
    const bytes = sha256(file)

    const error = thrownBy(() => openStore({ dataDir }))
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'STORE_TOO_NEW', reason: 'error.store.tooNew', values: { file, fileVersion: LATEST + 1, appVersion: LATEST } })
    expect(sha256(file)).toBe(bytes)
    expect(readdirSync(dataDir).filter((name) => name !== LOCK_FILE_NAME)).toEqual([DATABASE_FILE_NAME])
  })
})
