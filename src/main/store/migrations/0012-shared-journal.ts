// One journal for every document that changes by patches: exercise sessions now, town halls
// next. The session tables' rows move across unchanged, keyed by the owner's kind and id; a
// trigger per owner table clears its journal when the owner is deleted (what the cascade did).
import type { Migration } from '../migration'

export const migration0012SharedJournal: Migration = {
  version: 12,
  name: 'shared-journal',
  up(db) {
    db.exec(`
      CREATE TABLE journal_state (
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('session', 'town-hall')),
        owner_id   TEXT NOT NULL,
        revision   INTEGER NOT NULL,
        document   TEXT NOT NULL CHECK (json_valid(document)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (owner_kind, owner_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE journal_change (
        owner_kind      TEXT NOT NULL CHECK (owner_kind IN ('session', 'town-hall')),
        owner_id        TEXT NOT NULL,
        revision        INTEGER NOT NULL,
        label           TEXT NOT NULL,
        patches         TEXT NOT NULL CHECK (json_valid(patches)),
        inverse_patches TEXT NOT NULL CHECK (json_valid(inverse_patches)),
        coalesce_key    TEXT,
        at              TEXT NOT NULL,
        PRIMARY KEY (owner_kind, owner_id, revision)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO journal_state (owner_kind, owner_id, revision, document, updated_at)
        SELECT 'session', session_id, revision, document, updated_at FROM session_state;
      INSERT INTO journal_change (owner_kind, owner_id, revision, label, patches, inverse_patches, coalesce_key, at)
        SELECT 'session', session_id, revision, label, patches, inverse_patches, coalesce_key, at FROM session_change;
      DROP TABLE session_state;
      DROP TABLE session_change;

      CREATE TRIGGER exercise_session_journal_gone AFTER DELETE ON exercise_session BEGIN
        DELETE FROM journal_state WHERE owner_kind = 'session' AND owner_id = OLD.id;
        DELETE FROM journal_change WHERE owner_kind = 'session' AND owner_id = OLD.id;
      END;
    `)
  },
}
