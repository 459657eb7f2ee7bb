import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { parseResponseTime } from '../../../../src/shared/inventory/response-time'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const at = '2026-10-03T18:00:00.000Z'
const TEXTS = ['same day', '5 days', 'within 2 hours', 'immediate', '3-5 days', '2 weeks', 'next school day', 'waitlist', '']

describe('migration 0009 (response hours)', () => {
  it('reads each service’s response time words as hours to start, leaves what it cannot read unknown, and changes nothing else', () => {
    const db = new Database(join(tempDir(), 'test.db'))
    migrate(db, MIGRATIONS, { targetVersion: 8 })
    db.prepare(`INSERT INTO organization (id, name, name_key, kind, created_at, updated_at) VALUES ('o1', 'Org', 'org', 'city-department', ?, ?)`).run(at, at)
    const insert = db.prepare(`INSERT INTO service (id, organization_id, name, name_key, category, schedule, response_time, status, created_at, updated_at) VALUES (?, 'o1', ?, ?, 'street-light-out', '{"kind":"always"}', ?, 'active', ?, ?)`)
    TEXTS.forEach((text, i) => insert.run(`s${i}`, `S${i}`, `s${i}`, text, at, at))

    migrate(db, MIGRATIONS, { targetVersion: 9 })

    const rows = db.prepare(`SELECT response_time, response_hours, updated_at FROM service ORDER BY id`).all() as { response_time: string; response_hours: number | null; updated_at: string }[]
    expect(rows.map((r) => [r.response_time, r.response_hours])).toEqual([
      ['same day', 12],
      ['5 days', 120],
      ['within 2 hours', 2],
      ['immediate', 0],
      ['3-5 days', 120],
      ['2 weeks', 336],
      ['next school day', 24],
      ['waitlist', null],
      ['', null],
    ])
    // The frozen reading agrees with today's live one on every text it met.
    for (const row of rows) expect(row.response_hours).toBe(parseResponseTime(row.response_time))
    expect(new Set(rows.map((r) => r.updated_at))).toEqual(new Set([at]))
    expect(() => db.prepare(`UPDATE service SET response_hours = -1 WHERE id = 's0'`).run()).toThrow(/CHECK/)
    db.close()
  })
})
