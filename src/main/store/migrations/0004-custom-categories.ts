// Categories the facilitator adds to the shipped taxonomy (a local program, a new 311 type…).
import type { Migration } from '../migration'

export const migration0004CustomCategories: Migration = {
  version: 4,
  name: 'custom-categories',
  up(db) {
    db.exec(`
      CREATE TABLE custom_category (
        id         TEXT PRIMARY KEY NOT NULL,
        code       TEXT NOT NULL UNIQUE,
        label      TEXT NOT NULL,
        group_id   TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
