// The finished example town hall that ships with the app: read once, on the first run, from its
// town-hall file (after the starter inventory, whose services it picks), so a new facilitator can
// open a town hall that was run and its report. Removable, and remembered as removed.
import type Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TownHallFiles } from './townhall-files'

export const EXAMPLE_TOWN_HALL_FILE = 'example-townhall.json'
const LOADED_SETTING = 'exampleTownHallLoaded'

export function ensureExampleTownHall(db: Database.Database, files: TownHallFiles, resourcesDir: string, clock: () => Date = () => new Date()): void {
  if (db.prepare('SELECT 1 FROM app_setting WHERE key = ?').get(LOADED_SETTING)) return
  const result = files.importFile(readFileSync(join(resourcesDir, EXAMPLE_TOWN_HALL_FILE), 'utf8'), 'ask')
  if (result.outcome === 'invalid') throw new Error(`The bundled example town hall is invalid: ${JSON.stringify(result.problems[0])}`)
  db.prepare('INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)').run(LOADED_SETTING, JSON.stringify(result.townHallId), clock().toISOString())
}

/** The example town hall's id while it is still here. */
export function exampleTownHallId(db: Database.Database): string | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?').get(LOADED_SETTING)
  if (!row) return null
  const id = JSON.parse(row.value) as unknown
  return typeof id === 'string' && db.prepare('SELECT 1 FROM town_hall WHERE id = ?').get(id) ? id : null
}

/** Removes the example town hall (it does not come back). */
export function removeExampleTownHall(db: Database.Database): boolean {
  const id = exampleTownHallId(db)
  return id !== null && db.prepare('DELETE FROM town_hall WHERE id = ?').run(id).changes > 0
}
