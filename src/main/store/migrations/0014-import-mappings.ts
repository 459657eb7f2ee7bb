// What a facilitator chose for a source's terms on import (a taxonomy term → a Roundtable
// category, an area name → a community area), remembered for the next import from that source.
import type { Migration } from '../migration'

export const migration0014ImportMappings: Migration = {
  version: 14,
  name: 'import-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_mapping (
        id         TEXT PRIMARY KEY NOT NULL,
        source     TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('category', 'area')),
        term_key   TEXT NOT NULL,
        term       TEXT NOT NULL,
        target     TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (source, kind, term_key)
      ) STRICT;
    `)
  },
}
