// The scenario library: each scenario's document as JSON, with the columns the library filters on.
import type { Migration } from '../migration'

export const migration0005Scenarios: Migration = {
  version: 5,
  name: 'scenarios',
  up(db) {
    db.exec(`
      CREATE TABLE scenario (
        id           TEXT PRIMARY KEY NOT NULL,
        title        TEXT NOT NULL,
        type         TEXT NOT NULL,
        language     TEXT NOT NULL,
        -- ",26,29,": the community areas, for instr() filtering.
        area_key     TEXT NOT NULL,
        -- bundled: shipped in scenarios/ and kept up to date; user: made or changed here; imported: from a file.
        origin       TEXT NOT NULL CHECK (origin IN ('bundled', 'user', 'imported')),
        bundled_file TEXT,
        content_hash TEXT,
        -- A bundled scenario the facilitator removed: not loaded again.
        hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        document     TEXT NOT NULL CHECK (json_valid(document)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
    `)
  },
}
