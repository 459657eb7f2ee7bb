// The finished example session that ships with the app: read once, on the first run, from its
// session file (after the starter inventory, whose organizations it names), so a new facilitator
// can open a run exercise and its report. Removable, and remembered as removed.
import type Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SessionFiles } from './session-files'

export const EXAMPLE_SESSION_FILE = 'example-session.json'
const LOADED_SETTING = 'exampleSessionLoaded'

export function ensureExampleSession(db: Database.Database, files: SessionFiles, resourcesDir: string, clock: () => Date = () => new Date()): void {
  if (db.prepare('SELECT 1 FROM app_setting WHERE key = ?').get(LOADED_SETTING)) return
  const result = files.importFile(readFileSync(join(resourcesDir, EXAMPLE_SESSION_FILE), 'utf8'), 'ask')
  if (result.outcome === 'invalid') throw new Error(`The bundled example session is invalid: ${JSON.stringify(result.problems[0])}`)
  db.prepare('INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)').run(LOADED_SETTING, JSON.stringify(result.sessionId), clock().toISOString())
}

/** The example session's id while it is still here. */
export function exampleSessionId(db: Database.Database): string | null {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?').get(LOADED_SETTING)
  if (!row) return null
  const id = JSON.parse(row.value) as unknown
  return typeof id === 'string' && db.prepare('SELECT 1 FROM exercise_session WHERE id = ?').get(id) ? id : null
}

/** Removes the example session (it does not come back). */
export function removeExampleSession(db: Database.Database): boolean {
  const id = exampleSessionId(db)
  return id !== null && db.prepare('DELETE FROM exercise_session WHERE id = ?').run(id).changes > 0
}
