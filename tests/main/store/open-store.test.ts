import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { noticeText } from '../../../src/shared/notices'
import { migrate } from '../../../src/main/store/migration'
import { MIGRATIONS } from '../../../src/main/store/migrations'
import { DATABASE_FILE_NAME, openStore } from '../../../src/main/store/open-store'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const fixedNow = () => new Date('2026-11-23T12:00:00.000Z')

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

describe('openStore', () => {
  it('creates a new data file in WAL mode with foreign keys on and the areas seeded', () => {
    const dataDir = join(tempDir(), 'nested', 'data')
    const store = openStore({ dataDir })
    expect(store.file).toBe(join(dataDir, DATABASE_FILE_NAME))
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.schemaVersion).toBe(MIGRATIONS.length)
    expect(store.notices).toEqual([])
    expect((store.db.prepare('SELECT count(*) AS n FROM community_area').get() as { n: number }).n).toBe(77)
    store.close()
  })

  it('reopens its own file without backups or notices and keeps what was saved', () => {
    const dataDir = tempDir()
    const first = openStore({ dataDir })
    first.db.prepare('UPDATE community_area SET is_focus = 1 WHERE number = 25').run()
    first.close()

    const second = openStore({ dataDir })
    expect(second.notices).toEqual([])
    expect(existsSync(join(dataDir, 'backups'))).toBe(false)
    expect(second.db.prepare('SELECT is_focus FROM community_area WHERE number = 25').get()).toEqual({ is_focus: 1 })
    second.close()
  })

  it('gives every area a UUID that is the same on every laptop, and created/updated times', () => {
    const a = openStore({ dataDir: tempDir() })
    const b = openStore({ dataDir: tempDir() })
    const idsA = a.db.prepare('SELECT id FROM community_area ORDER BY number').pluck().all() as string[]
    const idsB = b.db.prepare('SELECT id FROM community_area ORDER BY number').pluck().all() as string[]
    expect(idsA).toEqual(idsB)
    expect(new Set(idsA).size).toBe(77)
    for (const id of idsA) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const row = a.db.prepare('SELECT created_at, updated_at FROM community_area WHERE number = 1').get() as Record<string, string>
    expect(Date.parse(row['created_at']!)).not.toBeNaN()
    expect(row['updated_at']).toBe(row['created_at'])
    a.close()
    b.close()
  })

  it('backs up an existing file before migrating it, and the backup is the old version', () => {
    const dataDir = tempDir()
    const file = join(dataDir, DATABASE_FILE_NAME)
    const old = new Database(file)
    migrate(old, MIGRATIONS, { targetVersion: 1 })
    old.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES ('k', '"v"', 'now')`).run()
    old.close()

    const store = openStore({ dataDir, now: fixedNow })
    const backups = readdirSync(join(dataDir, 'backups'))
    expect(backups).toEqual(['roundtable-2026-11-23T12-00-00-000Z-beforeMigration.db'])
    expect(store.notices.map((n) => n.id)).toEqual(['store-backed-up'])
    expect(noticeText(store.notices[0]!)).toContain(join(dataDir, 'backups', backups[0]!))
    store.close()

    const backup = new Database(join(dataDir, 'backups', backups[0]!), { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare(`SELECT value FROM app_setting WHERE key = 'k'`).get()).toEqual({ value: '"v"' })
    backup.close()
  })

  it('moves aside a file that is not a database, says where, and starts a new one', () => {
    const dataDir = tempDir()
    const file = join(dataDir, DATABASE_FILE_NAME)
    writeFileSync(file, 'name,phone\nsomeone,555\n')

    const store = openStore({ dataDir, now: fixedNow })
    const movedTo = join(dataDir, 'roundtable.unreadable-2026-11-23T12-00-00-000Z.db')
    expect(readFileSync(movedTo, 'utf8')).toBe('name,phone\nsomeone,555\n')
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]).toMatchObject({ id: 'store-moved-aside', level: 'warning' })
    expect(noticeText(store.notices[0]!)).toContain('it is not a SQLite database')
    expect(noticeText(store.notices[0]!)).toContain(movedTo)
    expect(noticeText(store.notices[0]!, 'es')).toMatch(/^No se pudo abrir el archivo de datos porque no es una base de datos SQLite\. Se movió a /)
    expect((store.db.prepare('SELECT count(*) AS n FROM community_area').get() as { n: number }).n).toBe(77)
    store.close()
  })

  it('moves aside a database that belongs to another application', () => {
    const dataDir = tempDir()
    const foreign = new Database(join(dataDir, DATABASE_FILE_NAME))
    foreign.exec('CREATE TABLE contacts (name TEXT)')
    foreign.prepare(`INSERT INTO contacts VALUES ('keep me')`).run()
    foreign.close()

    const store = openStore({ dataDir, now: fixedNow })
    expect(noticeText(store.notices[0]!)).toContain('belongs to another application')
    const moved = new Database(join(dataDir, 'roundtable.unreadable-2026-11-23T12-00-00-000Z.db'), { readonly: true })
    expect(moved.prepare('SELECT name FROM contacts').pluck().get()).toBe('keep me')
    moved.close()
    store.close()
  })

  it('moves aside a damaged database that fails the integrity check', () => {
    const dataDir = tempDir()
    openStore({ dataDir }).close()
    const file = join(dataDir, DATABASE_FILE_NAME)
    const bytes = readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    // Scribble over every page after the first: the schema header survives, the tables do not.
    for (let offset = pageSize; offset < bytes.length; offset++) bytes[offset] = (offset * 7) & 0xff
    writeFileSync(file, bytes)

    const store = openStore({ dataDir, now: fixedNow })
    expect(store.notices[0]!.id).toBe('store-moved-aside')
    expect(noticeText(store.notices[0]!)).toMatch(/damaged/)
    expect(existsSync(join(dataDir, 'roundtable.unreadable-2026-11-23T12-00-00-000Z.db'))).toBe(true)
    expect((store.db.prepare('SELECT count(*) AS n FROM community_area').get() as { n: number }).n).toBe(77)
    store.close()
  })

  it('refuses a file from a newer Roundtable with a clear message and does not change it', () => {
    const dataDir = tempDir()
    openStore({ dataDir }).close()
    const file = join(dataDir, DATABASE_FILE_NAME)
    const newer = new Database(file)
    newer.pragma(`user_version = ${MIGRATIONS.length + 5}`)
    newer.close()
    const before = sha256(file)

    let thrown: unknown
    try {
      openStore({ dataDir })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(AppError)
    expect((thrown as AppError).code).toBe('STORE_TOO_NEW')
    expect((thrown as AppError).message).toContain(file)
    expect(sha256(file)).toBe(before)
    expect(readdirSync(dataDir).filter((name) => name.includes('unreadable'))).toEqual([])
  })
})
