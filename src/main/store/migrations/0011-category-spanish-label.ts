// A category the facilitator adds can carry its name in Spanish too, for reports and screens in Spanish.
import type { Migration } from '../migration'

export const migration0011CategorySpanishLabel: Migration = {
  version: 11,
  name: 'category-spanish-label',
  up(db) {
    db.exec(`ALTER TABLE custom_category ADD COLUMN label_es TEXT NOT NULL DEFAULT '';`)
  },
}
