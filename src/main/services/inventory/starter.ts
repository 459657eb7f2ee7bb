// The starter inventory: loaded once on the first run, through the ordinary CSV import, and
// removable by the facilitator (which is remembered, so it does not come back).
import type Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InventoryService } from '.'

export const STARTER_INVENTORY_FILE = 'starter-inventory.csv'
const LOADED_SETTING = 'starterInventoryLoaded'

export function starterInventoryPath(resourcesDir: string): string {
  return join(resourcesDir, 'inventory', STARTER_INVENTORY_FILE)
}

/** Loads the starter inventory unless it was loaded before (even if since removed). */
export function ensureStarterInventory(db: Database.Database, inventory: InventoryService, resourcesDir: string, clock: () => Date = () => new Date()): boolean {
  const loaded = db.prepare(`SELECT 1 FROM app_setting WHERE key = ?`).get(LOADED_SETTING)
  if (loaded) return false
  const bytes = readFileSync(starterInventoryPath(resourcesDir))
  db.transaction(() => {
    const plan = inventory.importCsv(STARTER_INVENTORY_FILE, bytes)
    if (plan.problems.length > 0) {
      const first = plan.problems[0]!
      throw new Error(`The bundled starter inventory is invalid (row ${first.row}, ${first.column}: ${first.reason}).`)
    }
    db.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES (?, 'true', ?)`).run(LOADED_SETTING, clock().toISOString())
  }).immediate()
  return true
}

export function removeStarterInventory(inventory: InventoryService): { services: number; organizations: number } {
  return inventory.repository.deleteBySource(STARTER_INVENTORY_FILE)
}
