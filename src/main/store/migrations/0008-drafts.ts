// Drafts: what the facilitator has typed and not yet added (the capture box, a scenario being
// edited), kept by the app so a crash loses at most the last second of typing. And the journal
// remembers which changes make one undo step, so Undo reads the same after a restart.
import type { Migration } from '../migration'

export const migration0008Drafts: Migration = {
  version: 8,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE draft (
        id         TEXT PRIMARY KEY NOT NULL,
        -- What the draft is of: "session:<id>:capture", "scenario:<id>".
        draft_key  TEXT NOT NULL UNIQUE,
        content    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE session_change ADD COLUMN coalesce_key TEXT;
    `)
  },
}
