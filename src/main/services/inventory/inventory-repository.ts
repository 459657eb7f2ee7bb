// SQL for the inventory: organizations and services in, filtered pages of them out.
import type Database from 'better-sqlite3'
import type { Organization, Service, ServiceFilter, ServiceListItem } from '../../../shared/inventory/model'
import type { Category } from '../../../shared/inventory/taxonomy'
import {
  listKey,
  SERVICE_COLUMNS,
  OPEN_MASK_COLUMNS,
  organizationToRow,
  rowToListItem,
  rowToOrganization,
  rowToService,
  serviceToRow,
  type OrganizationRow,
  type ServiceRow,
} from './service-rows'

const SORT_COLUMNS: Record<ServiceFilter['sort'], string> = {
  name: 's.name COLLATE NOCASE',
  organization: 'o.name COLLATE NOCASE',
  category: 's.category',
  status: 's.status',
  lastVerified: 's.last_verified',
  capacity: 's.capacity_amount',
}

export type InventoryRepository = ReturnType<typeof createInventoryRepository>

export function createInventoryRepository(db: Database.Database) {
  const statements = {
    upsertOrganization: db.prepare<OrganizationRow>(`
      INSERT INTO organization (id, name, name_key, kind, description, contact_person, phone, email, languages,
        area_numbers, citywide, notes, source, created_at, updated_at)
      VALUES (@id, @name, @name_key, @kind, @description, @contact_person, @phone, @email, @languages,
        @area_numbers, @citywide, @notes, @source, @created_at, @updated_at)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, kind = excluded.kind,
        description = excluded.description, contact_person = excluded.contact_person, phone = excluded.phone,
        email = excluded.email, languages = excluded.languages, area_numbers = excluded.area_numbers,
        citywide = excluded.citywide, notes = excluded.notes, updated_at = excluded.updated_at`),
    organizationById: db.prepare<[string], OrganizationRow>('SELECT * FROM organization WHERE id = ?'),
    organizationByKey: db.prepare<[string], OrganizationRow>('SELECT * FROM organization WHERE name_key = ?'),
    allOrganizations: db.prepare<[], OrganizationRow>('SELECT * FROM organization ORDER BY name COLLATE NOCASE'),
    organizationServiceCounts: db.prepare<[], { organization_id: string; n: number }>(
      'SELECT organization_id, count(*) AS n FROM service GROUP BY organization_id',
    ),
    deleteOrganization: db.prepare<[string]>('DELETE FROM organization WHERE id = ?'),
    upsertService: db.prepare<unknown[]>(`
      INSERT INTO service (${SERVICE_COLUMNS.join(', ')})
      VALUES (${SERVICE_COLUMNS.map(() => '?').join(', ')})
      ON CONFLICT (id) DO UPDATE SET
        ${SERVICE_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = excluded.${c}`).join(', ')}`),
    serviceById: db.prepare<[string], ServiceRow>('SELECT * FROM service WHERE id = ?'),
    serviceByKey: db.prepare<[string, string], ServiceRow>('SELECT * FROM service WHERE organization_id = ? AND name_key = ?'),
    allServices: db.prepare<[], ServiceRow>('SELECT * FROM service'),
    servicesOf: db.prepare<[string], ServiceRow>('SELECT * FROM service WHERE organization_id = ? ORDER BY name'),
    deleteService: db.prepare<[string]>('DELETE FROM service WHERE id = ?'),
    servicesByIds: db.prepare<[string], ServiceRow & { organization_name: string }>(
      'SELECT s.*, o.name AS organization_name FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id IN (SELECT value FROM json_each(?))',
    ),
    serviceCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM service'),
    deleteServicesFrom: db.prepare<[string]>('DELETE FROM service WHERE source = ?'),
    deleteEmptyOrganizationsFrom: db.prepare<[string]>(
      'DELETE FROM organization WHERE source = ? AND NOT EXISTS (SELECT 1 FROM service s WHERE s.organization_id = organization.id)',
    ),
  }
  const filterStatements = new Map<string, Database.Statement>()

  function prepared(sql: string): Database.Statement {
    let statement = filterStatements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      filterStatements.set(sql, statement)
    }
    return statement
  }

  return {
    saveOrganization(organization: Organization): void {
      statements.upsertOrganization.run(organizationToRow(organization))
    },
    getOrganization(id: string): Organization | undefined {
      const row = statements.organizationById.get(id)
      return row && rowToOrganization(row)
    },
    findOrganizationByKey(nameKey: string): Organization | undefined {
      const row = statements.organizationByKey.get(nameKey)
      return row && rowToOrganization(row)
    },
    listOrganizations(): (Organization & { serviceCount: number })[] {
      const counts = new Map(statements.organizationServiceCounts.all().map((r) => [r.organization_id, r.n]))
      return statements.allOrganizations.all().map((row) => ({ ...rowToOrganization(row), serviceCount: counts.get(row.id) ?? 0 }))
    },
    deleteOrganization(id: string): boolean {
      return statements.deleteOrganization.run(id).changes > 0
    },

    saveService(service: Service): void {
      const row = serviceToRow(service)
      statements.upsertService.run(SERVICE_COLUMNS.map((column) => row[column]))
    },
    getService(id: string): Service | undefined {
      const row = statements.serviceById.get(id)
      return row && rowToService(row)
    },
    /** The services with these ids that still exist, with their organization's name. */
    servicesByIds(ids: readonly string[]): ServiceListItem[] {
      return statements.servicesByIds.all(JSON.stringify(ids)).map(rowToListItem)
    },
    findServiceByKey(organizationId: string, nameKey: string): Service | undefined {
      const row = statements.serviceByKey.get(organizationId, nameKey)
      return row && rowToService(row)
    },
    servicesOf(organizationId: string): Service[] {
      return statements.servicesOf.all(organizationId).map(rowToService)
    },
    allServices(): Service[] {
      return statements.allServices.all().map(rowToService)
    },
    deleteService(id: string): boolean {
      return statements.deleteService.run(id).changes > 0
    },
    countServices(): number {
      return statements.serviceCount.get()!.n
    },
    /** Removes what one file brought in: its services, and its organizations left with none. */
    deleteBySource(source: string): { services: number; organizations: number } {
      const services = statements.deleteServicesFrom.run(source).changes
      const organizations = statements.deleteEmptyOrganizationsFrom.run(source).changes
      return { services, organizations }
    },

    listServices(filter: ServiceFilter, today: Date, categories: readonly Category[]): { items: ServiceListItem[]; total: number } {
      const where: string[] = []
      const params: (string | number)[] = []
      if (filter.query !== '') {
        // LIKE ignores ASCII case without building a lowered copy of every row; % and _ are escaped.
        const pattern = `%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        const query = filter.query.toLowerCase()
        const matching = categories.filter((c) => c.label.toLowerCase().includes(query)).map((c) => c.id)
        where.push(
          `(s.name LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR s.description LIKE ? ESCAPE '\\'` +
            (matching.length > 0 ? ` OR s.category IN (${matching.map(() => '?').join(', ')}))` : ')'),
        )
        params.push(pattern, pattern, pattern, ...matching)
      }
      if (filter.organizationId !== undefined) {
        where.push('s.organization_id = ?')
        params.push(filter.organizationId)
      }
      if (filter.areaNumber !== undefined) {
        where.push('(s.citywide = 1 OR instr(s.area_key, ?) > 0)')
        params.push(listKey([filter.areaNumber]))
      }
      if (filter.category !== undefined) {
        where.push('s.category = ?')
        params.push(filter.category)
      }
      if (filter.language !== undefined) {
        where.push('instr(s.language_key, ?) > 0')
        params.push(listKey([filter.language]))
      }
      if (filter.availableAt !== undefined) {
        // The day picks a fixed column name; the half hour is a bound parameter.
        const column = OPEN_MASK_COLUMNS[filter.availableAt.day]!
        where.push(`(s.always_open = 1 OR (s.${column} >> ?) & 1 = 1)`)
        params.push(Math.floor(filter.availableAt.minute / 30))
      }
      if (filter.status !== undefined) {
        where.push('s.status = ?')
        params.push(filter.status)
      }
      if (filter.staleMonths !== undefined) {
        where.push('(s.last_verified IS NULL OR s.last_verified < ?)')
        params.push(monthsBefore(today, filter.staleMonths))
      }
      const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const from = 'FROM service s JOIN organization o ON o.id = s.organization_id'
      const direction = filter.direction === 'desc' ? 'DESC' : 'ASC'
      const order = `${SORT_COLUMNS[filter.sort]} ${direction} NULLS LAST, s.name COLLATE NOCASE, s.id`
      const total = (prepared(`SELECT count(*) AS n ${from} ${whereSql}`).get(...params) as { n: number }).n
      const rows = prepared(`SELECT s.*, o.name AS organization_name ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
        ...params,
        filter.limit,
        filter.offset,
      ) as (ServiceRow & { organization_name: string })[]
      return { items: rows.map(rowToListItem), total }
    },
  }
}

/** The calendar date N months before `today`, as YYYY-MM-DD. */
export function monthsBefore(today: Date, months: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()))
  return date.toISOString().slice(0, 10)
}
