// Exercise sessions: a run of a scenario (a snapshot of it, so later edits do not change a run)
// and the people signed in.
import type { Migration } from '../migration'

export const migration0006Sessions: Migration = {
  version: 6,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_session (
        id                TEXT PRIMARY KEY NOT NULL,
        scenario_id       TEXT NOT NULL,
        scenario_document TEXT NOT NULL CHECK (json_valid(scenario_document)),
        variables         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(variables)),
        title             TEXT NOT NULL,
        area_number       INTEGER NOT NULL CHECK (area_number BETWEEN 1 AND 77),
        session_date      TEXT NOT NULL,
        place             TEXT NOT NULL DEFAULT '',
        facilitator       TEXT NOT NULL DEFAULT '',
        status            TEXT NOT NULL CHECK (status IN ('planned', 'running', 'paused', 'finished')),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exercise_session_date ON exercise_session (session_date);

      CREATE TABLE session_participant (
        id                TEXT PRIMARY KEY NOT NULL,
        session_id        TEXT NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,
        name              TEXT NOT NULL,
        organization_id   TEXT REFERENCES organization (id) ON DELETE SET NULL,
        organization_name TEXT NOT NULL,
        role              TEXT NOT NULL CHECK (role IN ('facilitator', 'evaluator', 'note-taker', 'participant', 'observer')),
        contact           TEXT NOT NULL DEFAULT '',
        contact_consent   INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        -- A contact is kept only with the person's consent.
        CHECK (contact_consent = 1 OR contact = '')
      ) STRICT;
      CREATE INDEX session_participant_session ON session_participant (session_id);
    `)
  },
}
