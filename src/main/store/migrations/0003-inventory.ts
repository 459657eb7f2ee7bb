// The resource inventory: organizations and their services. Filters (area, language, open at a
// given time) read columns made for them on the service row itself: at 50,000 services a scan
// is quicker than keeping lookup tables and many indexes up to date on every import. The
// service's JSON columns are written only by service-rows.ts, so they carry no json_valid check.
import type { Migration } from '../migration'

export const migration0003Inventory: Migration = {
  version: 3,
  name: 'inventory',
  up(db) {
    db.exec(`
      CREATE TABLE organization (
        id             TEXT PRIMARY KEY NOT NULL,
        name           TEXT NOT NULL,
        name_key       TEXT NOT NULL UNIQUE,
        kind           TEXT NOT NULL,
        description    TEXT NOT NULL DEFAULT '',
        contact_person TEXT NOT NULL DEFAULT '',
        phone          TEXT NOT NULL DEFAULT '',
        email          TEXT NOT NULL DEFAULT '',
        languages      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        area_numbers   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(area_numbers)),
        citywide       INTEGER NOT NULL DEFAULT 0 CHECK (citywide IN (0, 1)),
        notes          TEXT NOT NULL DEFAULT '',
        source         TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE service (
        id              TEXT PRIMARY KEY NOT NULL,
        organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        name            TEXT NOT NULL,
        name_key        TEXT NOT NULL,
        category        TEXT NOT NULL,
        description     TEXT NOT NULL DEFAULT '',
        area_numbers    TEXT NOT NULL DEFAULT '[]',
        -- ",26,29,": the areas again, for a quick instr() match without a row per area.
        area_key        TEXT NOT NULL DEFAULT ',',
        citywide        INTEGER NOT NULL DEFAULT 0 CHECK (citywide IN (0, 1)),
        capacity_amount REAL,
        capacity_unit   TEXT,
        capacity_period TEXT CHECK (capacity_period IN ('day', 'week', 'month')),
        current_load    REAL,
        schedule        TEXT NOT NULL,
        always_open     INTEGER NOT NULL DEFAULT 0 CHECK (always_open IN (0, 1)),
        -- Per weekday, a 48-bit mask of the half hours the service is open (bit n = from n × 30 min).
        open_mon        INTEGER NOT NULL DEFAULT 0,
        open_tue        INTEGER NOT NULL DEFAULT 0,
        open_wed        INTEGER NOT NULL DEFAULT 0,
        open_thu        INTEGER NOT NULL DEFAULT 0,
        open_fri        INTEGER NOT NULL DEFAULT 0,
        open_sat        INTEGER NOT NULL DEFAULT 0,
        open_sun        INTEGER NOT NULL DEFAULT 0,
        languages       TEXT NOT NULL DEFAULT '[]',
        -- ",en,es,": likewise for languages.
        language_key    TEXT NOT NULL DEFAULT ',',
        min_age         INTEGER,
        max_age         INTEGER,
        eligibility     TEXT NOT NULL DEFAULT '',
        response_time   TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
        last_verified   TEXT,
        source          TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      -- A service's name is unique within its organization: the import plan and the service
      -- layer enforce it (with this index to look names up), so imports keep one index less.
      CREATE INDEX service_organization ON service (organization_id, name_key);

    `)
  },
}
