import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const at = '2026-10-03T18:00:00.000Z'

describe('migration 0012 (shared journal)', () => {
  it('moves a session’s state and journal written at version 11 into the shared journal, and deleting the session clears them', () => {
    const db = new Database(join(tempDir(), 'test.db'))
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS, { targetVersion: 11 })
    const scenarioId = '00000000-0000-4000-8000-000000000001'
    db.prepare(`INSERT INTO scenario (id, title, type, language, area_key, origin, document, created_at, updated_at) VALUES (?, 'T', 'tabletop', 'en', ',26,', 'user', '{}', ?, ?)`).run(scenarioId, at, at)
    for (const id of ['s1', 's2']) {
      db.prepare(
        `INSERT INTO exercise_session (id, scenario_id, scenario_document, variables, title, area_number, session_date, place, facilitator, status, created_at, updated_at)
         VALUES (?, ?, '{}', '{}', 'T', 26, '2026-10-03', '', '', 'running', ?, ?)`,
      ).run(id, scenarioId, at, at)
      db.prepare(`INSERT INTO session_state (session_id, revision, document, updated_at) VALUES (?, 2, '{"entries":[]}', ?)`).run(id, at)
      db.prepare(`INSERT INTO session_change (session_id, revision, label, patches, inverse_patches, at, coalesce_key) VALUES (?, 1, 'Add note', '[1]', '[2]', ?, NULL)`).run(id, at)
      db.prepare(`INSERT INTO session_change (session_id, revision, label, patches, inverse_patches, at, coalesce_key) VALUES (?, 2, '{"key":"action.capture"}', '[3]', '[4]', ?, 'edit:x')`).run(id, at)
    }

    migrate(db, MIGRATIONS, { targetVersion: 12 })

    expect(db.prepare(`SELECT owner_kind, owner_id, revision, document FROM journal_state WHERE owner_id = 's1'`).all()).toEqual([
      { owner_kind: 'session', owner_id: 's1', revision: 2, document: '{"entries":[]}' },
    ])
    expect(db.prepare(`SELECT revision, label, patches, inverse_patches, coalesce_key FROM journal_change WHERE owner_id = 's1' ORDER BY revision`).all()).toEqual([
      { revision: 1, label: 'Add note', patches: '[1]', inverse_patches: '[2]', coalesce_key: null },
      { revision: 2, label: '{"key":"action.capture"}', patches: '[3]', inverse_patches: '[4]', coalesce_key: 'edit:x' },
    ])
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('session_state', 'session_change')`).all()).toEqual([])

    db.prepare(`DELETE FROM exercise_session WHERE id = 's1'`).run()
    expect(db.prepare('SELECT DISTINCT owner_id FROM journal_state').pluck().all()).toEqual(['s2'])
    expect(db.prepare('SELECT DISTINCT owner_id FROM journal_change').pluck().all()).toEqual(['s2'])
    db.close()
  })
})
