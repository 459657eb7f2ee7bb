// Open Referral HSDS 3.0 ↔ Roundtable: reads HSDS tables (from a tabular data package or from
// flattened HSDS JSON) into import rows, and says what could not be carried over.
import type { AreaMatcher, ImportedRow, ImportProblem } from './roundtable-csv'
import { unsafeCellReason } from './cell-safety'
import { parseLanguage } from './languages'
import { CAPACITY_PERIODS, type Capacity } from './model'
import { parseSchedule, type Schedule, type ScheduleSlot } from './schedule'
import { ORGANIZATION_KIND_IDS, type Category, type OrganizationKind } from './taxonomy'
import { textKey } from '../text-key'

export const HSDS_TABLES = [
  'organizations',
  'services',
  'service_areas',
  'schedules',
  'languages',
  'phones',
  'contacts',
  'attributes',
  'taxonomy_terms',
  'taxonomies',
  'locations',
  'service_at_location',
] as const
export type HsdsTableName = (typeof HSDS_TABLES)[number]
export type HsdsRecord = Record<string, string>
export type HsdsTables = Partial<Record<HsdsTableName, HsdsRecord[]>>

/**
 * Attribute terms Roundtable writes so that what HSDS has no field for (capacity, load, the
 * kind of organization, the exact hours) survives a round trip. Other tools may ignore them.
 */
export const ROUNDTABLE_TERMS = {
  capacity: 'roundtable-capacity',
  currentLoad: 'roundtable-current-load',
  schedule: 'roundtable-schedule',
  organizationKind: 'roundtable-organization-kind',
} as const

export const ROUNDTABLE_TAXONOMY = 'roundtable'
export const CITYWIDE_AREA_NAME = 'Citywide (all of Chicago)'

const BYDAY: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 }
export const BYDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const HSDS_STATUS: Record<string, ImportedRow['service']['status']> = {
  active: 'active',
  inactive: 'paused',
  'temporarily closed': 'paused',
  defunct: 'ended',
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export interface HsdsReadResult {
  rows: ImportedRow[]
  /** Rows that cannot be imported (the whole import waits until they are fixed). */
  problems: ImportProblem[]
  /** What was imported with something left behind: each said, none dropped silently. */
  notes: ImportProblem[]
  rejectedRows: number
}

/** Groups the rows of a table by one column, for the many lookups a mapping needs. */
function groupBy(records: readonly HsdsRecord[] | undefined, column: string): Map<string, HsdsRecord[]> {
  const groups = new Map<string, HsdsRecord[]>()
  for (const record of records ?? []) {
    const key = record[column] ?? ''
    if (key === '') continue
    const group = groups.get(key)
    if (group) group.push(record)
    else groups.set(key, [record])
  }
  return groups
}

/** "10:00:00" or "10:00" → "10:00"; anything else → undefined. */
function hsdsTime(text: string | undefined): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((text ?? '').trim())
  if (!match) return undefined
  const hours = Number(match[1])
  if (hours > 24) return undefined
  return `${String(hours).padStart(2, '0')}:${match[2]}`
}

/** "40 contacts/week" → a capacity. */
export function parseCapacityText(text: string): Capacity | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s+(.+?)\s*\/\s*(day|week|month)\s*$/.exec(text)
  if (!match || !(CAPACITY_PERIODS as readonly string[]).includes(match[3]!)) return undefined
  return { amount: Number(match[1]), unit: match[2]!, period: match[3] as Capacity['period'] }
}

export function formatCapacityText(capacity: Capacity): string {
  return `${capacity.amount} ${capacity.unit}/${capacity.period}`
}

/**
 * Maps HSDS tables to import rows. `fileOf` names the file a table came from, so every
 * problem and note points at a real file and row.
 */
export function readHsdsTables(
  tables: HsdsTables,
  fileOf: (table: HsdsTableName) => string,
  matchArea: AreaMatcher,
  categories: readonly Category[],
): HsdsReadResult {
  const problems: ImportProblem[] = []
  const notes: ImportProblem[] = []
  const rows: ImportedRow[] = []
  let rejectedRows = 0

  // Each record's row in its own file (the header is row 1), for notes that point at it.
  const rowOf = new Map<HsdsRecord, number>()
  for (const name of HSDS_TABLES) (tables[name] ?? []).forEach((record, index) => rowOf.set(record, index + 2))
  const organizations = new Map((tables.organizations ?? []).map((o) => [o['id'] ?? '', o]))
  // Schedules and languages may hang off a service, or off one of its service_at_location rows.
  const serviceOfPlace = new Map((tables.service_at_location ?? []).map((sal) => [sal['id'] ?? '', sal['service_id'] ?? '']))
  const withService = (records: readonly HsdsRecord[] | undefined) =>
    (records ?? []).map((r) => (r['service_id'] ? r : { ...r, service_id: serviceOfPlace.get(r['service_at_location_id'] ?? '') ?? '' }))
  const areasByService = groupBy(tables.service_areas, 'service_id')
  const schedulesByService = groupBy(withService(tables.schedules), 'service_id')
  const languagesByService = groupBy(withService(tables.languages), 'service_id')
  const phonesByOrganization = groupBy(tables.phones, 'organization_id')
  const contactsByOrganization = groupBy(tables.contacts, 'organization_id')
  const attributesByLink = groupBy(tables.attributes, 'link_id')
  const terms = new Map((tables.taxonomy_terms ?? []).map((t) => [t['id'] ?? '', t]))
  const categoryByKey = new Map<string, string>()
  for (const category of categories) {
    categoryByKey.set(textKey(category.id), category.id)
    categoryByKey.set(textKey(category.label), category.id)
  }

  /** The attribute values linked to a record, by the code (or name) of their term. */
  const attributesOf = (id: string): { code: string; name: string; value: string }[] =>
    (attributesByLink.get(id) ?? []).map((attribute) => {
      const term = terms.get(attribute['taxonomy_term_id'] ?? '')
      return { code: term?.['code'] ?? '', name: term?.['name'] ?? '', value: attribute['value'] ?? '' }
    })

  if (!tables.services || tables.services.length === 0) {
    problems.push({ file: fileOf('services'), row: 1, column: '', reason: 'the package has no services' })
  }

  const kindNoted = new Set<string>()
  ;(tables.services ?? []).forEach((service, index) => {
    const row = index + 2
    const file = fileOf('services')
    const rowProblems: ImportProblem[] = []
    /** A note about this service, or about one record of another table (pointing at its row). */
    const note = (table: HsdsTableName, column: string, reason: string, record?: HsdsRecord): void => {
      notes.push({ file: fileOf(table), row: record ? (rowOf.get(record) ?? row) : row, column, reason })
    }
    const cell = (column: string): string => (service[column] ?? '').trim()

    for (const [column, value] of Object.entries(service)) {
      const unsafe = unsafeCellReason(value.trim())
      if (unsafe) rowProblems.push({ file, row, column, reason: unsafe })
    }
    const name = cell('name')
    if (name === '') rowProblems.push({ file, row, column: 'name', reason: 'is required' })
    const organizationId = cell('organization_id')
    const organization = organizations.get(organizationId)
    if (!organization) {
      rowProblems.push({
        file,
        row,
        column: 'organization_id',
        reason: `"${organizationId}" is not the id of an organization in ${fileOf('organizations')}`,
      })
    } else {
      for (const [column, value] of Object.entries(organization)) {
        const unsafe = unsafeCellReason(value.trim())
        if (unsafe) rowProblems.push({ file: fileOf('organizations'), row, column, reason: unsafe })
      }
    }
    if (rowProblems.length > 0 || !organization) {
      problems.push(...rowProblems)
      rejectedRows++
      return
    }
    const serviceId = cell('id')
    const serviceAttributes = attributesOf(serviceId)
    const attribute = (code: string) => serviceAttributes.find((a) => a.code === code)?.value

    // Category: the first linked term that names a Roundtable category.
    let category: string | undefined
    for (const a of serviceAttributes) {
      category = categoryByKey.get(textKey(a.code)) ?? categoryByKey.get(textKey(a.name))
      if (category) break
    }
    if (!category) {
      const offered = serviceAttributes.map((a) => a.name || a.code).filter(Boolean)
      note('services', 'id', `no linked taxonomy term matches a Roundtable category${offered.length ? ` (terms: ${offered.join(', ')})` : ''}; set to "Other service"`)
      category = 'other'
    }

    // Areas: service_areas matched to community areas by name.
    const areaNumbers: number[] = []
    let citywide = false
    const serviceAreas = areasByService.get(serviceId) ?? []
    for (const area of serviceAreas) {
      const areaName = (area['name'] ?? '').trim()
      if (areaName === CITYWIDE_AREA_NAME || textKey(areaName) === 'citywide') {
        citywide = true
        continue
      }
      const number = matchArea(areaName)
      if (number === undefined) {
        note('service_areas', 'name', `service area "${truncate(areaName)}" is not a Chicago community area; left out`, area)
      } else if (!areaNumbers.includes(number)) {
        areaNumbers.push(number)
      }
    }
    if (serviceAreas.length === 0) note('services', 'id', `"${name}" has no service area; imported without areas`)

    // Hours: Roundtable's own text when present, else weekly HSDS schedules.
    let schedule: Schedule | undefined
    const scheduleText = attribute(ROUNDTABLE_TERMS.schedule)
    if (scheduleText) {
      const parsed = parseSchedule(scheduleText)
      if (parsed.ok) schedule = parsed.value
    }
    if (!schedule) {
      const slots: ScheduleSlot[] = []
      for (const entry of schedulesByService.get(serviceId) ?? []) {
        const opens = hsdsTime(entry['opens_at'])
        const closes = hsdsTime(entry['closes_at'])
        const days = (entry['byday'] ?? '').split(',').map((d) => BYDAY[d.trim().toUpperCase()])
        const freq = (entry['freq'] ?? '').trim().toUpperCase()
        if ((freq !== '' && freq !== 'WEEKLY') || !opens || !closes || days.some((d) => d === undefined) || days.length === 0 || opens === closes) {
          note('schedules', 'byday', `schedule "${truncate(entry['description'] || entry['id'] || '')}" is not a weekly opening time Roundtable can read; left out`, entry)
          continue
        }
        for (const day of days as number[]) slots.push({ day, opens, closes: closes === '24:00' ? '24:00' : closes })
      }
      if (slots.length === 0) note('services', 'id', `"${name}" has no opening hours Roundtable can read; imported with none`)
      schedule = { kind: 'hours', slots }
    }

    const languages: string[] = []
    for (const language of languagesByService.get(serviceId) ?? []) {
      const code = parseLanguage(language['code'] ?? '') ?? parseLanguage(language['name'] ?? '')
      if (!code) note('languages', 'code', `language "${language['name'] || language['code']}" is not one Roundtable knows; left out`, language)
      else if (!languages.includes(code)) languages.push(code)
    }

    const capacityText = attribute(ROUNDTABLE_TERMS.capacity)
    const capacity = capacityText ? (parseCapacityText(capacityText) ?? null) : null
    const loadText = attribute(ROUNDTABLE_TERMS.currentLoad)
    const currentLoad = loadText !== undefined && loadText !== '' && Number.isFinite(Number(loadText)) ? Number(loadText) : null

    const statusText = cell('status').toLowerCase()
    // Own keys only: "constructor" is not a status, whatever Object.prototype says.
    const status = Object.hasOwn(HSDS_STATUS, statusText) ? HSDS_STATUS[statusText]! : 'active'
    if (statusText !== '' && !Object.hasOwn(HSDS_STATUS, statusText)) note('services', 'status', `status "${statusText}" is not an HSDS status; set to active`)

    const age = (column: string): number | null => {
      const value = cell(column)
      if (value === '') return null
      const number = Number(value)
      if (!Number.isInteger(number) || number < 0 || number > 120) {
        note('services', column, `"${value}" is not an age; left out`)
        return null
      }
      return number
    }
    let minAge = age('minimum_age')
    let maxAge = age('maximum_age')
    if (minAge !== null && maxAge !== null && minAge > maxAge) {
      note('services', 'maximum_age', `maximum_age ${maxAge} is below minimum_age ${minAge}; both left out`)
      minAge = null
      maxAge = null
    }

    const verified = (cell('assured_date') || cell('last_modified')).slice(0, 10)
    const organizationKindText = attributesOf(organizationId).find((a) => a.code === ROUNDTABLE_TERMS.organizationKind)?.value ?? ''
    const knownKind = (ORGANIZATION_KIND_IDS as readonly string[]).includes(organizationKindText)
    const kind = knownKind ? (organizationKindText as OrganizationKind) : 'other'
    if (!knownKind && !kindNoted.has(organizationId)) {
      kindNoted.add(organizationId)
      note('organizations', 'id', `"${organization['name']}" has no Roundtable kind of organization; set to Other`, organization)
    }
    const phone = (phonesByOrganization.get(organizationId) ?? [])[0]?.['number'] ?? ''
    const contact = (contactsByOrganization.get(organizationId) ?? [])[0]?.['name'] ?? ''

    rows.push({
      row,
      organization: {
        id: UUID_PATTERN.test(organizationId) ? organizationId.toLowerCase() : undefined,
        name: (organization['name'] ?? '').trim() || 'Unnamed organization',
        kind,
        contactPerson: contact.trim(),
        phone: phone.replace(/^"+|"+$/g, '').trim(),
        email: (organization['email'] ?? '').trim(),
      },
      service: {
        id: UUID_PATTERN.test(serviceId) ? serviceId.toLowerCase() : undefined,
        name,
        category,
        description: cell('description'),
        areaNumbers: areaNumbers.sort((a, b) => a - b),
        citywide,
        capacity,
        currentLoad,
        schedule,
        languages,
        minAge,
        maxAge,
        eligibility: cell('eligibility_description'),
        responseTime: cell('wait_time'),
        status,
        lastVerified: /^\d{4}-\d{2}-\d{2}$/.test(verified) ? verified : null,
      },
    })
  })

  // Places are not part of the inventory (it records the areas a service serves): say so per location.
  for (const location of tables.locations ?? []) {
    notes.push({
      file: fileOf('locations'),
      row: rowOf.get(location) ?? 0,
      column: 'name',
      reason: `location "${truncate(location['name'] || location['id'] || '')}" is not kept: Roundtable records the community areas a service serves, not addresses`,
    })
  }
  return { rows, problems, notes, rejectedRows }
}

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

type JsonObject = Record<string, unknown>

function scalars(object: JsonObject): HsdsRecord {
  const record: HsdsRecord = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined) record[key] = ''
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') record[key] = String(value)
  }
  return record
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter((v): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)) : []
}

/**
 * Flattens HSDS JSON (one service object with nested organization, areas, schedules, languages,
 * phones, contacts and attributes — or a list of them) into the tables readHsdsTables reads.
 */
export function flattenHsdsJson(json: unknown): HsdsTables | undefined {
  const services = Array.isArray(json) ? objects(json) : typeof json === 'object' && json !== null ? [json as JsonObject] : []
  if (services.length === 0 || !services.every((s) => typeof s['name'] === 'string' && typeof s['id'] === 'string')) return undefined
  const tables: Required<Pick<HsdsTables, 'organizations' | 'services' | 'service_areas' | 'schedules' | 'languages' | 'phones' | 'contacts' | 'attributes' | 'taxonomy_terms' | 'locations'>> = {
    organizations: [],
    services: [],
    service_areas: [],
    schedules: [],
    languages: [],
    phones: [],
    contacts: [],
    attributes: [],
    taxonomy_terms: [],
    locations: [],
  }
  const seenOrganizations = new Set<string>()
  for (const service of services) {
    const serviceId = String(service['id'])
    const organization = typeof service['organization'] === 'object' && service['organization'] !== null ? (service['organization'] as JsonObject) : undefined
    const organizationId = String(organization?.['id'] ?? service['organization_id'] ?? '')
    tables.services.push({ ...scalars(service), organization_id: organizationId })
    if (organization && !seenOrganizations.has(organizationId)) {
      seenOrganizations.add(organizationId)
      tables.organizations.push(scalars(organization))
      for (const phone of objects(organization['phones'])) tables.phones.push({ ...scalars(phone), organization_id: organizationId })
      for (const contact of objects(organization['contacts'])) tables.contacts.push({ ...scalars(contact), organization_id: organizationId })
    }
    for (const area of objects(service['service_areas'])) tables.service_areas.push({ ...scalars(area), service_id: serviceId })
    const schedules = [...objects(service['schedules']), ...objects(service['service_at_locations']).flatMap((sal) => objects(sal['schedules']))]
    for (const schedule of schedules) tables.schedules.push({ ...scalars(schedule), service_id: serviceId })
    for (const place of objects(service['service_at_locations'])) {
      const location = typeof place['location'] === 'object' && place['location'] !== null ? (place['location'] as JsonObject) : undefined
      if (location) tables.locations.push(scalars(location))
    }
    for (const language of objects(service['languages'])) tables.languages.push({ ...scalars(language), service_id: serviceId })
    for (const attribute of objects(service['attributes'])) {
      const term = typeof attribute['taxonomy_term'] === 'object' && attribute['taxonomy_term'] !== null ? (attribute['taxonomy_term'] as JsonObject) : undefined
      const termId = String(term?.['id'] ?? attribute['taxonomy_term_id'] ?? '')
      if (term) tables.taxonomy_terms.push(scalars(term))
      tables.attributes.push({ ...scalars(attribute), link_id: serviceId, taxonomy_term_id: termId })
    }
  }
  return tables
}
