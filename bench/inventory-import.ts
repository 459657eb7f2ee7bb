// The inventory import's throughput against a bare loop of prepared inserts of the same rows into
// an empty copy of the schema, measured together: the ratio needs both.
import { join } from 'node:path'
import { createInventoryService } from '../src/main/services/inventory'
import { openStore } from '../src/main/store/open-store'
import { largeInventoryCsv } from './inventory-fixture'
import { median } from './stats'

export const INVENTORY_ROWS = 50_000
let inventoryCsv: Uint8Array | undefined
export function inventoryFile(): Uint8Array {
  inventoryCsv ??= new TextEncoder().encode(largeInventoryCsv(INVENTORY_ROWS))
  return inventoryCsv
}

let importFigures: { importRate: number; baselineRate: number } | undefined
export function measureImport(workDir: string): { importRate: number; baselineRate: number } {
  if (importFigures) return importFigures
  const bytes = inventoryFile()
  const imports: number[] = []
  const baselines: number[] = []
  for (let run = 0; run < 5; run++) {
    const store = openStore({ dataDir: join(workDir, `import-${run}`) })
    const inventory = createInventoryService(store.db)
    const started = performance.now()
    const plan = inventory.importCsv('bench.csv', bytes)
    imports.push(INVENTORY_ROWS / ((performance.now() - started) / 1000))
    if (plan.problems.length > 0 || plan.counts.new !== INVENTORY_ROWS) throw new Error(`bench file did not import: ${JSON.stringify(plan.problems[0])}`)

    // The same rows, written by a bare loop of prepared inserts into an empty copy of the schema.
    const organizationColumns = (store.db.prepare('SELECT * FROM organization LIMIT 1').columns()).map((c) => c.name)
    const serviceColumns = (store.db.prepare('SELECT * FROM service LIMIT 1').columns()).map((c) => c.name)
    const rows = {
      organizations: store.db.prepare('SELECT * FROM organization').raw().all() as unknown[][],
      services: store.db.prepare('SELECT * FROM service').raw().all() as unknown[][],
    }
    store.close()
    const empty = openStore({ dataDir: join(workDir, `baseline-${run}`) })
    const db = empty.db
    const insertInto = (table: string, names: string[]) =>
      db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    const insertOrganization = insertInto('organization', organizationColumns)
    const insertService = insertInto('service', serviceColumns)
    const baselineStarted = performance.now()
    db.transaction(() => {
      for (const row of rows.organizations) insertOrganization.run(row)
      for (const row of rows.services) insertService.run(row)
    })()
    baselines.push(INVENTORY_ROWS / ((performance.now() - baselineStarted) / 1000))
    empty.close()
  }
  importFigures = { importRate: median(imports), baselineRate: median(baselines) }
  return importFigures
}
