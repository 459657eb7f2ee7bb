// Marks the file as Roundtable's and adds the settings table later features keep their flags in.
import type { Migration } from '../migration'
import { ROUNDTABLE_APPLICATION_ID } from '../application-id'

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
