// Converts services and organizations between the model and their SQLite rows.
import type { Organization, Service, ServiceListItem } from '../../../shared/inventory/model'
import { slotRanges, type Schedule } from '../../../shared/inventory/schedule'
import { findCategory } from '../../../shared/inventory/taxonomy'
import { textKey } from '../../../shared/text-key'

export interface ServiceRow {
  id: string
  organization_id: string
  name: string
  name_key: string
  category: string
  description: string
  area_numbers: string
  citywide: number
  capacity_amount: number | null
  capacity_unit: string | null
  capacity_period: string | null
  current_load: number | null
  schedule: string
  always_open: number
  languages: string
  min_age: number | null
  max_age: number | null
  eligibility: string
  response_time: string
  status: string
  last_verified: string | null
  source: string
  search_text: string
  created_at: string
  updated_at: string
}

export interface OrganizationRow {
  id: string
  name: string
  name_key: string
  kind: string
  description: string
  contact_person: string
  phone: string
  email: string
  languages: string
  area_numbers: string
  citywide: number
  notes: string
  source: string
  created_at: string
  updated_at: string
}

export function serviceSearchText(service: Pick<Service, 'name' | 'description' | 'category'>, organizationName: string): string {
  const categoryLabel = findCategory(service.category)?.label ?? service.category
  return [service.name, organizationName, categoryLabel, service.description].join(' ').toLowerCase()
}

export function serviceToRow(service: Service, organizationName: string): ServiceRow {
  return {
    id: service.id,
    organization_id: service.organizationId,
    name: service.name,
    name_key: textKey(service.name),
    category: service.category,
    description: service.description,
    area_numbers: JSON.stringify(service.areaNumbers),
    citywide: service.citywide ? 1 : 0,
    capacity_amount: service.capacity?.amount ?? null,
    capacity_unit: service.capacity?.unit ?? null,
    capacity_period: service.capacity?.period ?? null,
    current_load: service.currentLoad,
    schedule: JSON.stringify(service.schedule),
    always_open: service.schedule.kind === 'hours' ? 0 : 1,
    languages: JSON.stringify(service.languages),
    min_age: service.minAge,
    max_age: service.maxAge,
    eligibility: service.eligibility,
    response_time: service.responseTime,
    status: service.status,
    last_verified: service.lastVerified,
    source: service.source,
    search_text: serviceSearchText(service, organizationName),
    created_at: service.createdAt,
    updated_at: service.updatedAt,
  }
}

export function rowToService(row: ServiceRow): Service {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    category: row.category,
    description: row.description,
    areaNumbers: JSON.parse(row.area_numbers) as number[],
    citywide: row.citywide === 1,
    capacity:
      row.capacity_amount !== null && row.capacity_unit !== null && row.capacity_period !== null
        ? { amount: row.capacity_amount, unit: row.capacity_unit, period: row.capacity_period as 'day' | 'week' | 'month' }
        : null,
    currentLoad: row.current_load,
    schedule: JSON.parse(row.schedule) as Schedule,
    languages: JSON.parse(row.languages) as string[],
    minAge: row.min_age,
    maxAge: row.max_age,
    eligibility: row.eligibility,
    responseTime: row.response_time,
    status: row.status as Service['status'],
    lastVerified: row.last_verified,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function rowToListItem(row: ServiceRow & { organization_name: string }): ServiceListItem {
  return { ...rowToService(row), organizationName: row.organization_name }
}

export function organizationToRow(organization: Organization): OrganizationRow {
  return {
    id: organization.id,
    name: organization.name,
    name_key: textKey(organization.name),
    kind: organization.kind,
    description: organization.description,
    contact_person: organization.contactPerson,
    phone: organization.phone,
    email: organization.email,
    languages: JSON.stringify(organization.languages),
    area_numbers: JSON.stringify(organization.areaNumbers),
    citywide: organization.citywide ? 1 : 0,
    notes: organization.notes,
    source: organization.source,
    created_at: organization.createdAt,
    updated_at: organization.updatedAt,
  }
}

export function rowToOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Organization['kind'],
    description: row.description,
    contactPerson: row.contact_person,
    phone: row.phone,
    email: row.email,
    languages: JSON.parse(row.languages) as string[],
    areaNumbers: JSON.parse(row.area_numbers) as number[],
    citywide: row.citywide === 1,
    notes: row.notes,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** The service_hours rows for a schedule: minute ranges per weekday, overnight slots split. */
export function hoursRows(schedule: Schedule): { day: number; from: number; to: number }[] {
  return schedule.kind === 'hours' ? schedule.slots.flatMap(slotRanges) : []
}
