// Town halls: what is planned (title, areas, date, place, topics, languages, expected attendance,
// status). What the room says is the town hall's document in the shared journal.
import type { Migration } from '../migration'

export const migration0013TownHalls: Migration = {
  version: 13,
  name: 'town-halls',
  up(db) {
    db.exec(`
      CREATE TABLE town_hall (
        id                  TEXT PRIMARY KEY NOT NULL,
        title               TEXT NOT NULL,
        area_numbers        TEXT NOT NULL CHECK (json_valid(area_numbers)),
        held_on             TEXT NOT NULL,
        place               TEXT NOT NULL DEFAULT '',
        topics              TEXT NOT NULL DEFAULT '',
        languages           TEXT NOT NULL CHECK (json_valid(languages)),
        expected_attendance INTEGER,
        status              TEXT NOT NULL CHECK (status IN ('planned', 'running', 'finished')),
        report_snapshot     TEXT CHECK (report_snapshot IS NULL OR json_valid(report_snapshot)),
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX town_hall_held_on ON town_hall (held_on);

      CREATE TRIGGER town_hall_journal_gone AFTER DELETE ON town_hall BEGIN
        DELETE FROM journal_state WHERE owner_kind = 'town-hall' AND owner_id = OLD.id;
        DELETE FROM journal_change WHERE owner_kind = 'town-hall' AND owner_id = OLD.id;
      END;
    `)
  },
}
