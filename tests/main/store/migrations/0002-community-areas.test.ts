import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/store/migration'
import { MIGRATIONS } from '../../../../src/main/store/migrations'
import seeds from '../../../../src/main/store/migrations/0002-community-areas.seed.json'
import { communityAreaId } from '../../../../src/shared/community-area-ids'
import { COMMUNITY_AREA_SEEDS } from '../../../../src/shared/community-area-list'
import { areaSearchKey } from '../../../../src/shared/community-areas'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

// A failure here means the live list or the normaliser changed after 0002 shipped: leave 0002 and
// its seed as they are, and add a migration that brings existing files up to date.
describe('migration 0002 (community areas)', () => {
  it('seeds what the live area list and normaliser say today: areas, names, variants, focus flags and search keys', () => {
    const live = COMMUNITY_AREA_SEEDS.map((area) => ({
      number: area.number,
      name: area.name,
      alsoCalled: [...area.alsoCalled],
      firstPhase: area.firstPhase,
      searchKey: areaSearchKey(area),
    }))
    expect(seeds).toEqual(live)
  })

  it('writes the ids the live code gives each area', () => {
    const db = new Database(join(tempDir(), 'test.db'))
    migrate(db, MIGRATIONS, { targetVersion: 2 })
    const rows = db.prepare('SELECT id, number FROM community_area ORDER BY number').all() as { id: string; number: number }[]
    expect(rows).toHaveLength(77)
    expect(rows.map((row) => row.id)).toEqual(rows.map((row) => communityAreaId(row.number)))
    db.close()
  })
})
