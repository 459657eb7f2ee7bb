// Marks the file as Roundtable's and adds the settings table later features keep their flags in.
import type { Migration } from '../migration'

/** "RTB1" in ASCII, as shipped (the live copy open-store checks is ../application-id.ts). */
const ROUNDTABLE_APPLICATION_ID = 0x52544231

export const migration0001AppSettings: Migration = {
  version: 1,
  name: 'app-settings',
  up(db) {
    db.pragma(`application_id = ${ROUNDTABLE_APPLICATION_ID}`)
    db.exec(`
      CREATE TABLE app_setting (
        key        TEXT PRIMARY KEY NOT NULL,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
