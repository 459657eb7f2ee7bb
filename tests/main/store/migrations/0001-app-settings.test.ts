import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROUNDTABLE_APPLICATION_ID } from '../../../../src/main/store/application-id'
import { migrate } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('migration 0001 (app settings)', () => {
  it('marks the file with the application id open-store checks, from its own frozen copy', () => {
    const db = new Database(join(tempDir(), 'test.db'))
    migrate(db, MIGRATIONS, { targetVersion: 1 })
    expect(db.pragma('application_id', { simple: true })).toBe(ROUNDTABLE_APPLICATION_ID)
    db.close()
  })
})
