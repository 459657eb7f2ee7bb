// Chicago's 77 community areas, seeded with the coordination center's first-phase focus areas.
import { v5 as uuidv5 } from 'uuid'
import { areaSearchKey } from '../../../shared/community-areas'
import type { Migration } from '../migration'
import { COMMUNITY_AREA_SEEDS } from '../../../shared/community-area-list'

/** Namespace for community-area ids: the same area gets the same id on every laptop. */
export const COMMUNITY_AREA_ID_NAMESPACE = '0b8f3c52-6d1e-4b7a-9a55-3c2f7e8d1a40'

export function communityAreaId(number: number): string {
  return uuidv5(`chicago-community-area:${number}`, COMMUNITY_AREA_ID_NAMESPACE)
}

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
    for (const seed of COMMUNITY_AREA_SEEDS) {
      insert.run({
        id: communityAreaId(seed.number),
        number: seed.number,
        name: seed.name,
        alsoCalled: JSON.stringify(seed.alsoCalled),
        isFocus: seed.firstPhase ? 1 : 0,
        searchKey: areaSearchKey(seed),
        now,
      })
    }
  },
}
