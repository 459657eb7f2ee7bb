// The running state of a session: its current document, and a journal of every change.
import type { Migration } from '../migration'

export const migration0007SessionJournal: Migration = {
  version: 7,
  name: 'session-journal',
  up(db) {
    db.exec(`
      CREATE TABLE session_state (
        session_id TEXT PRIMARY KEY NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,
        revision   INTEGER NOT NULL,
        document   TEXT NOT NULL CHECK (json_valid(document)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session_change (
        session_id     TEXT NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,
        revision       INTEGER NOT NULL,
        label          TEXT NOT NULL,
        patches        TEXT NOT NULL CHECK (json_valid(patches)),
        inverse_patches TEXT NOT NULL CHECK (json_valid(inverse_patches)),
        at             TEXT NOT NULL,
        PRIMARY KEY (session_id, revision)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
