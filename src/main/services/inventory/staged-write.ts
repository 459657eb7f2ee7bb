// An import's write in two steps, so it never holds the store for long: every record is first
// written to this connection's own temporary tables (no lock on the store), then copied into the
// inventory by two statements inside the caller's one short transaction: all of it, or nothing.
import type Database from 'better-sqlite3'
import type { Organization, Service } from '../../../shared/inventory/model'
import { organizationToRow, SERVICE_COLUMNS, serviceToRow } from './service-rows'

const ORGANIZATION_COLUMNS = [
  'id', 'name', 'name_key', 'kind', 'description', 'contact_person', 'phone', 'email', 'languages',
  'area_numbers', 'citywide', 'notes', 'source', 'created_at', 'updated_at',
] as const
/** What an update of an existing record leaves as it was. */
const KEPT_ON_UPDATE: Record<'organization' | 'service', readonly string[]> = { organization: ['id', 'created_at', 'source'], service: ['id', 'created_at'] }
const STAGE_CHUNK = 2000

function copyStatement(table: 'organization' | 'service', columns: readonly string[]): string {
  const updated = columns.filter((c) => !KEPT_ON_UPDATE[table].includes(c))
  // "WHERE true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not to the SELECT.
  return `INSERT INTO main.${table} (${columns.join(', ')})
    SELECT ${columns.join(', ')} FROM temp.stage_${table} WHERE true
    ON CONFLICT (id) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}`
}

export function createStagedWrite(db: Database.Database) {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS stage_organization (${ORGANIZATION_COLUMNS.join(', ')});
    CREATE TEMP TABLE IF NOT EXISTS stage_service (${SERVICE_COLUMNS.join(', ')});`)
  const statements = {
    stageOrganization: db.prepare(`INSERT INTO temp.stage_organization VALUES (${ORGANIZATION_COLUMNS.map((c) => `@${c}`).join(', ')})`),
    stageService: db.prepare(`INSERT INTO temp.stage_service VALUES (${SERVICE_COLUMNS.map(() => '?').join(', ')})`),
    copyOrganizations: db.prepare(copyStatement('organization', ORGANIZATION_COLUMNS)),
    copyServices: db.prepare(copyStatement('service', SERVICE_COLUMNS)),
    clearOrganizations: db.prepare('DELETE FROM temp.stage_organization'),
    clearServices: db.prepare('DELETE FROM temp.stage_service'),
  }
  const clear = () => {
    statements.clearOrganizations.run()
    statements.clearServices.run()
  }

  return {
    /** Writes the records to the temporary tables, a few thousand at a time (none of it is in the store yet). */
    stage(organizations: readonly Organization[], services: readonly Service[]): void {
      clear()
      for (let start = 0; start < organizations.length; start += STAGE_CHUNK) {
        db.transaction(() => {
          for (const organization of organizations.slice(start, start + STAGE_CHUNK)) statements.stageOrganization.run(organizationToRow(organization))
        })()
      }
      for (let start = 0; start < services.length; start += STAGE_CHUNK) {
        db.transaction(() => {
          for (const service of services.slice(start, start + STAGE_CHUNK)) {
            const row = serviceToRow(service)
            statements.stageService.run(SERVICE_COLUMNS.map((column) => row[column]))
          }
        })()
      }
    },

    /** Copies what was staged into the inventory; call inside the transaction that commits the import. */
    apply(): void {
      statements.copyOrganizations.run()
      statements.copyServices.run()
    },

    clear,
  }
}
