import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const at = '2026-10-03T18:00:00.000Z'

describe('migration 0008 (drafts)', () => {
  it('keeps a session’s journal written at version 7, marks its rows as ungrouped, and starts an empty drafts table', () => {
    const db = new Database(join(tempDir(), 'test.db'))
    migrate(db, MIGRATIONS, { targetVersion: 7 })
    const scenarioId = '00000000-0000-4000-8000-000000000001'
    db.prepare(`INSERT INTO scenario (id, title, type, language, area_key, origin, document, created_at, updated_at) VALUES (?, 'T', 'tabletop', 'en', ',26,', 'user', '{}', ?, ?)`).run(scenarioId, at, at)
    db.prepare(
      `INSERT INTO exercise_session (id, scenario_id, scenario_document, variables, title, area_number, session_date, place, facilitator, status, created_at, updated_at)
       VALUES ('s1', ?, '{}', '{}', 'T', 26, '2026-10-03', '', '', 'running', ?, ?)`,
    ).run(scenarioId, at, at)
    db.prepare(`INSERT INTO session_change (session_id, revision, label, patches, inverse_patches, at) VALUES ('s1', 1, 'Add note', '[]', '[]', ?)`).run(at)

    migrate(db, MIGRATIONS, { targetVersion: 8 })

    expect(db.prepare('SELECT revision, label, coalesce_key FROM session_change').all()).toEqual([{ revision: 1, label: 'Add note', coalesce_key: null }])
    db.prepare(`INSERT INTO draft (id, draft_key, content, created_at, updated_at) VALUES ('d1', 'session:s1:capture', 'half a thought', ?, ?)`).run(at, at)
    expect(() => db.prepare(`INSERT INTO draft (id, draft_key, content, created_at, updated_at) VALUES ('d2', 'session:s1:capture', 'x', ?, ?)`).run(at, at)).toThrow(/UNIQUE/)
    db.close()
  })
})
