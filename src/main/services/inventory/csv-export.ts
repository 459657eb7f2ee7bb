// Writes the inventory as Roundtable CSV: the same columns the import reads, so it round-trips.
import Papa from 'papaparse'
import type { Organization, Service } from '../../../shared/inventory/model'
import { ROUNDTABLE_CSV_HEADER } from '../../../shared/inventory/roundtable-csv'
import { formatSchedule } from '../../../shared/inventory/schedule'
import { safeCell } from '../../../shared/spreadsheet/cells'

export function serviceToCsvRecord(service: Service, organization: Organization): string[] {
  const values: Record<string, string> = {
    service_id: service.id,
    organization: organization.name,
    organization_kind: organization.kind,
    organization_contact: organization.contactPerson,
    organization_phone: organization.phone,
    organization_email: organization.email,
    service: service.name,
    category: service.category,
    description: service.description,
    community_areas: service.citywide ? 'citywide' : service.areaNumbers.join('; '),
    capacity_amount: service.capacity ? String(service.capacity.amount) : '',
    capacity_unit: service.capacity?.unit ?? '',
    capacity_period: service.capacity?.period ?? '',
    current_load: service.currentLoad === null ? '' : String(service.currentLoad),
    schedule: formatSchedule(service.schedule),
    languages: service.languages.join('; '),
    min_age: service.minAge === null ? '' : String(service.minAge),
    max_age: service.maxAge === null ? '' : String(service.maxAge),
    eligibility: service.eligibility,
    response_time: service.responseTime,
    response_hours: service.responseHours === null ? '' : String(service.responseHours),
    status: service.status,
    last_verified: service.lastVerified ?? '',
  }
  // Through the one neutralizer every spreadsheet export uses: no cell can start like a formula.
  return ROUNDTABLE_CSV_HEADER.map((column) => safeCell(values[column] ?? ''))
}

export function inventoryToCsv(services: readonly Service[], organizations: ReadonlyMap<string, Organization>): string {
  const records = services.map((service) => serviceToCsvRecord(service, organizations.get(service.organizationId)!))
  return Papa.unparse([ROUNDTABLE_CSV_HEADER, ...records], { newline: '\r\n' }) + '\r\n'
}

/** The header line alone: a file to fill in. */
export function csvTemplate(): string {
  return Papa.unparse([ROUNDTABLE_CSV_HEADER], { newline: '\r\n' }) + '\r\n'
}
