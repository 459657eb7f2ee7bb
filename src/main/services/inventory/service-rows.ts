// Converts services and organizations between the model and their SQLite rows.
import type { Organization, Service, ServiceListItem } from '../../../shared/inventory/model'
import { halfHourMasks, type Schedule } from '../../../shared/inventory/schedule'
import { textKey } from '../../../shared/text-key'

export interface ServiceRow {
  id: string
  organization_id: string
  name: string
  name_key: string
  category: string
  description: string
  area_numbers: string
  area_key: string
  citywide: number
  capacity_amount: number | null
  capacity_unit: string | null
  capacity_period: string | null
  current_load: number | null
  schedule: string
  always_open: number
  open_mon: number
  open_tue: number
  open_wed: number
  open_thu: number
  open_fri: number
  open_sat: number
  open_sun: number
  languages: string
  language_key: string
  min_age: number | null
  max_age: number | null
  eligibility: string
  response_time: string
  response_hours: number | null
  status: string
  last_verified: string | null
  source: string
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

export function serviceToRow(service: Service): ServiceRow {
  const scheduleJson = JSON.stringify(service.schedule)
  return {
    id: service.id,
    organization_id: service.organizationId,
    name: service.name,
    name_key: textKey(service.name),
    category: service.category,
    description: service.description,
    area_numbers: JSON.stringify(service.areaNumbers),
    area_key: listKey(service.areaNumbers),
    citywide: service.citywide ? 1 : 0,
    capacity_amount: service.capacity?.amount ?? null,
    capacity_unit: service.capacity?.unit ?? null,
    capacity_period: service.capacity?.period ?? null,
    current_load: service.currentLoad,
    schedule: scheduleJson,
    always_open: service.schedule.kind === 'hours' ? 0 : 1,
    ...openMaskColumns(service.schedule, scheduleJson),
    languages: JSON.stringify(service.languages),
    language_key: listKey(service.languages),
    min_age: service.minAge,
    max_age: service.maxAge,
    eligibility: service.eligibility,
    response_time: service.responseTime,
    response_hours: service.responseHours,
    status: service.status,
    last_verified: service.lastVerified,
    source: service.source,
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
    responseHours: row.response_hours,
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

/** ",a,b,": a list as text that instr(key, ',a,') can search. */
export function listKey(values: readonly (string | number)[]): string {
  return `,${values.join(',')},`
}

/** The service table's columns in insert order (positional binding is quicker than named). */
export const SERVICE_COLUMNS = [
  'id', 'organization_id', 'name', 'name_key', 'category', 'description', 'area_numbers', 'area_key', 'citywide',
  'capacity_amount', 'capacity_unit', 'capacity_period', 'current_load', 'schedule', 'always_open',
  'open_mon', 'open_tue', 'open_wed', 'open_thu', 'open_fri', 'open_sat', 'open_sun', 'languages', 'language_key',
  'min_age', 'max_age', 'eligibility', 'response_time', 'response_hours', 'status', 'last_verified', 'source', 'created_at', 'updated_at',
] as const satisfies readonly (keyof ServiceRow)[]

export const OPEN_MASK_COLUMNS = ['open_mon', 'open_tue', 'open_wed', 'open_thu', 'open_fri', 'open_sat', 'open_sun'] as const

type OpenMaskColumns = Record<(typeof OPEN_MASK_COLUMNS)[number], number>

// Most services share a handful of schedules: remember the masks of recent ones.
const masksBySchedule = new Map<string, OpenMaskColumns>()

function openMaskColumns(schedule: Schedule, scheduleJson: string): OpenMaskColumns {
  let columns = masksBySchedule.get(scheduleJson)
  if (!columns) {
    const masks = schedule.kind === 'hours' ? halfHourMasks(schedule) : [0, 0, 0, 0, 0, 0, 0]
    columns = Object.fromEntries(OPEN_MASK_COLUMNS.map((column, day) => [column, masks[day]!])) as OpenMaskColumns
    if (masksBySchedule.size > 1000) masksBySchedule.clear()
    masksBySchedule.set(scheduleJson, columns)
  }
  return columns
}
