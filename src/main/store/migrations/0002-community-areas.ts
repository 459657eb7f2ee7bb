// Chicago's 77 community areas, seeded with the coordination center's first-phase focus areas.
// Frozen as shipped: the rows (search keys included) come from the seed file beside it, not from
// the live area list or normaliser, so a later change to those needs a new migration.
import { v5 as uuidv5 } from 'uuid'
import type { Migration } from '../migration'
import seeds from './0002-community-areas.seed.json'

/** The id namespace as shipped (the live copy is src/shared/community-area-ids.ts). */
const COMMUNITY_AREA_ID_NAMESPACE = '0b8f3c52-6d1e-4b7a-9a55-3c2f7e8d1a40'

export const migration0002CommunityAreas: Migration = {
  version: 2,
  name: 'community-areas',
  up(db) {
    db.exec(`
      CREATE TABLE community_area (
        id          TEXT PRIMARY KEY NOT NULL,
        number      INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 77),
        name        TEXT NOT NULL,
        also_called TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(also_called)),
        is_focus    INTEGER NOT NULL DEFAULT 0 CHECK (is_focus IN (0, 1)),
        search_key  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX community_area_focus ON community_area (is_focus, number);
    `)
    const insert = db.prepare(`
      INSERT INTO community_area (id, number, name, also_called, is_focus, search_key, created_at, updated_at)
      VALUES (@id, @number, @name, @alsoCalled, @isFocus, @searchKey, @now, @now)
    `)
    const now = new Date().toISOString()
    for (const seed of seeds) {
      insert.run({
        id: uuidv5(`chicago-community-area:${seed.number}`, COMMUNITY_AREA_ID_NAMESPACE),
        number: seed.number,
        name: seed.name,
        alsoCalled: JSON.stringify(seed.alsoCalled),
        isFocus: seed.firstPhase ? 1 : 0,
        searchKey: seed.searchKey,
        now,
      })
    }
  },
}
