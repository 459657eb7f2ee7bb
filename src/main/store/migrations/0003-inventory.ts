// The resource inventory: organizations, their services, and lookup tables that keep the
// inventory filters (area, language, open at a given time) fast at 50,000 services.
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
        area_numbers    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(area_numbers)),
        citywide        INTEGER NOT NULL DEFAULT 0 CHECK (citywide IN (0, 1)),
        capacity_amount REAL,
        capacity_unit   TEXT,
        capacity_period TEXT CHECK (capacity_period IN ('day', 'week', 'month')),
        current_load    REAL,
        schedule        TEXT NOT NULL CHECK (json_valid(schedule)),
        always_open     INTEGER NOT NULL DEFAULT 0 CHECK (always_open IN (0, 1)),
        languages       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        min_age         INTEGER,
        max_age         INTEGER,
        eligibility     TEXT NOT NULL DEFAULT '',
        response_time   TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
        last_verified   TEXT,
        source          TEXT NOT NULL DEFAULT '',
        search_text     TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (organization_id, name_key)
      ) STRICT;
      CREATE INDEX service_category ON service (category);
      CREATE INDEX service_status ON service (status);
      CREATE INDEX service_verified ON service (last_verified);
      CREATE INDEX service_name ON service (name COLLATE NOCASE);

      -- Areas a service serves (none when citywide).
      CREATE TABLE service_area (
        area_number INTEGER NOT NULL,
        service_id  TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        PRIMARY KEY (area_number, service_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX service_area_service ON service_area (service_id);

      CREATE TABLE service_language (
        language   TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        PRIMARY KEY (language, service_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX service_language_service ON service_language (service_id);

      -- Opening hours in minutes of a weekday (0 = Monday); an overnight slot is two rows.
      CREATE TABLE service_hours (
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        day        INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),
        opens_min  INTEGER NOT NULL CHECK (opens_min BETWEEN 0 AND 1440),
        closes_min INTEGER NOT NULL CHECK (closes_min BETWEEN 0 AND 1440)
      ) STRICT;
      CREATE INDEX service_hours_service ON service_hours (service_id);
      CREATE INDEX service_hours_day ON service_hours (day, opens_min, closes_min);
    `)
  },
}
