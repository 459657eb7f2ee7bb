import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { migrate, readSchemaVersion, type Migration } from '../../../src/main/store/migration'
import { MIGRATIONS } from '../../../src/main/store/migrations'
import { ROUNDTABLE_APPLICATION_ID } from '../../../src/main/store/application-id'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

function freshDatabase(): Database.Database {
  return new Database(join(tempDir(), 'test.db'))
}

describe('migrate', () => {
  it('brings an empty file to the newest version and marks it as Roundtable’s', () => {
    const db = freshDatabase()
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length })
    expect(readSchemaVersion(db)).toBe(MIGRATIONS.length)
    expect(db.pragma('application_id', { simple: true })).toBe(ROUNDTABLE_APPLICATION_ID)
    db.close()
  })

  it('does nothing the second time', () => {
    const db = freshDatabase()
    migrate(db, MIGRATIONS)
    const areasBefore = db.prepare('SELECT id, updated_at FROM community_area ORDER BY number').all()
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length })
    expect(db.prepare('SELECT id, updated_at FROM community_area ORDER BY number').all()).toEqual(areasBefore)
    db.close()
  })

  it('keeps settings written at version 1 when community areas arrive in version 2', () => {
    const db = freshDatabase()
    migrate(db, MIGRATIONS, { targetVersion: 1 })
    expect(readSchemaVersion(db)).toBe(1)
    db.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES ('starterInventoryLoaded', 'true', '2026-01-01T00:00:00.000Z')`).run()

    migrate(db, MIGRATIONS, { targetVersion: 2 })

    expect(db.prepare(`SELECT value FROM app_setting WHERE key = 'starterInventoryLoaded'`).get()).toEqual({ value: 'true' })
    const areas = db.prepare('SELECT number, name, is_focus FROM community_area ORDER BY number').all() as {
      number: number
      name: string
      is_focus: number
    }[]
    expect(areas).toHaveLength(77)
    expect(areas.filter((a) => a.is_focus === 1).map((a) => a.number)).toEqual([26, 29, 30, 68])
    db.close()
  })

  it('creates STRICT tables, so a wrong type is refused rather than stored', () => {
    const db = freshDatabase()
    migrate(db, MIGRATIONS)
    expect(() => db.prepare(`UPDATE community_area SET is_focus = 'yes' WHERE number = 1`).run()).toThrow(/cannot store TEXT/)
    db.close()
  })

  it('applies nothing when one step fails: the earlier steps are rolled back too', () => {
    const db = freshDatabase()
    const failing: Migration[] = [
      { version: 1, name: 'first', up: (d) => d.exec('CREATE TABLE first_table (x INTEGER) STRICT') },
      { version: 2, name: 'second', up: () => { throw new Error('disk full') } },
    ]
    expect(() => migrate(db, failing)).toThrow('disk full')
    expect(readSchemaVersion(db)).toBe(0)
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'first_table'`).get()).toBeUndefined()
    db.close()
  })

  it('refuses a file from a newer version of the app and leaves it alone', () => {
    const db = freshDatabase()
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    let thrown: unknown
    try {
      migrate(db, MIGRATIONS, { file: 'roundtable.db' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    expect((thrown as AppError).code).toBe('STORE_TOO_NEW')
    expect((thrown as AppError).message).toMatch(/newer version of Roundtable.*has not been changed/)
    expect(readSchemaVersion(db)).toBe(MIGRATIONS.length + 1)
    db.close()
  })

  it('insists on versions 1, 2, 3… in order', () => {
    const db = freshDatabase()
    const gap: Migration[] = [{ version: 2, name: 'skips-one', up: () => undefined }]
    expect(() => migrate(db, gap)).toThrow(/expected 1/)
    db.close()
  })
})
