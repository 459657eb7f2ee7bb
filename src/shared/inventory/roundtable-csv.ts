// Roundtable's own inventory CSV: one row per service, with its provider organization.
// The column list below is the documentation (the template the app saves comes from it).
import { keptAsTextReason, oddTextOf, withoutControlCharacters } from './cell-safety'
import { unneutralizedCell } from '../spreadsheet/cells'
import { meansCitywide } from '../community-areas'
import { parseLanguage } from './languages'
import { CAPACITY_PERIODS, SERVICE_STATUSES, type Capacity } from './model'
import { parseSchedule, type ParseResult, type Schedule } from './schedule'
import { ORGANIZATION_KIND_IDS, type OrganizationKind } from './taxonomy'
import { parseResponseTime } from './response-time'
import { importProblem, importProblemOf, type ImportProblem } from './import-problem'
import type { ImportReasonKey } from '../i18n/catalog'
import type { Said, SaidValues } from '../i18n/said'

export type { ImportProblem } from './import-problem'

export interface CsvColumn {
  name: string
  required: boolean
  help: string
}

export const ROUNDTABLE_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'service_id', required: false, help: 'UUID of the service; leave empty for a new one (Roundtable fills it on export)' },
  { name: 'organization', required: true, help: 'Name of the provider organization' },
  { name: 'organization_kind', required: true, help: `One of: ${ORGANIZATION_KIND_IDS.join(', ')}` },
  { name: 'organization_contact', required: false, help: 'Contact person at the organization' },
  { name: 'organization_phone', required: false, help: 'Main phone number' },
  { name: 'organization_email', required: false, help: 'Main email address' },
  { name: 'service', required: true, help: 'Name of the service' },
  { name: 'category', required: true, help: 'Category id from the taxonomy, e.g. street-outreach, trauma-counseling' },
  { name: 'description', required: false, help: 'What the service does' },
  { name: 'community_areas', required: true, help: 'Areas served, by name or number, separated by ";" — or "citywide"' },
  { name: 'capacity_amount', required: false, help: 'How much it can deliver per period, a number' },
  { name: 'capacity_unit', required: false, help: 'What is counted, e.g. people, families, requests, beds' },
  { name: 'capacity_period', required: false, help: `Per ${CAPACITY_PERIODS.join(' / ')}` },
  { name: 'current_load', required: false, help: 'How much of the capacity is already in use, same unit and period' },
  { name: 'schedule', required: true, help: 'e.g. "Mon-Fri 09:00-17:00; Sat 10:00-14:00", "Fri-Sat 20:00-02:00", "24/7", "on call"' },
  { name: 'languages', required: true, help: 'Languages spoken, by name or ISO code, separated by ";" (e.g. English; Spanish)' },
  { name: 'min_age', required: false, help: 'Youngest eligible age' },
  { name: 'max_age', required: false, help: 'Oldest eligible age' },
  { name: 'eligibility', required: false, help: 'Who is eligible, in words' },
  { name: 'response_time', required: false, help: 'Typical response or lead time, e.g. "within 2 hours", "3 days"' },
  { name: 'response_hours', required: false, help: 'Hours until it can start helping (0 = at once); empty: read from response_time where it can be, else unknown' },
  { name: 'status', required: false, help: `${SERVICE_STATUSES.join(' / ')} (default active)` },
  { name: 'last_verified', required: false, help: 'Date the details were last checked, YYYY-MM-DD' },
]

export const ROUNDTABLE_CSV_HEADER = ROUNDTABLE_CSV_COLUMNS.map((c) => c.name)

export interface ImportedOrganization {
  /** Kept when the source has one (HSDS), so an organization keeps its identity across laptops. */
  id?: string | undefined
  name: string
  kind: OrganizationKind
  contactPerson: string
  phone: string
  email: string
}

export interface ImportedService {
  id: string | undefined
  name: string
  category: string
  description: string
  areaNumbers: number[]
  citywide: boolean
  capacity: Capacity | null
  currentLoad: number | null
  schedule: Schedule
  languages: string[]
  minAge: number | null
  maxAge: number | null
  eligibility: string
  responseTime: string
  responseHours: number | null
  status: (typeof SERVICE_STATUSES)[number]
  lastVerified: string | null
  /** Set when the source names no category Roundtable knows: the word the category is chosen for. */
  categoryTerm?: { text: string; fromTaxonomy: boolean } | undefined
  /** Area names of the source that are no community area, for the facilitator to place. */
  unknownAreas?: string[] | undefined
}

export interface ImportedRow {
  row: number
  organization: ImportedOrganization
  service: ImportedService
}

/** A file's header: the column names in order, and where each name is. */
export interface ColumnLayout {
  names: readonly string[]
  indexOf: ReadonlyMap<string, number>
}

export function columnLayout(names: readonly string[]): ColumnLayout {
  return { names, indexOf: new Map(names.map((name, index) => [name, index])) }
}

export type RowResult = { ok: true; value: ImportedRow; notes: ImportProblem[] } | { ok: false; problems: ImportProblem[] }

/** Finds the community area number a piece of text names (see areaMatcher). */
export type AreaMatcher = (text: string) => number | undefined

/** Checks the header line: every required column present, nothing unknown, nothing twice. */
export function checkHeader(file: string, header: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  const seen = new Set<string>()
  header.forEach((raw) => {
    const name = raw.trim()
    // The reason column of a saved "skipped rows" file, read back once the rows are fixed.
    if (name === 'skipped_because') return
    if (seen.has(name)) problems.push(importProblem(file, 1, name, 'import.reason.columnTwice'))
    seen.add(name)
    if (!ROUNDTABLE_CSV_HEADER.includes(name)) {
      problems.push(importProblem(file, 1, name || '(empty)', 'import.reason.unknownColumn', { expected: ROUNDTABLE_CSV_HEADER.join(', ') }))
    }
  })
  for (const column of ROUNDTABLE_CSV_COLUMNS) {
    if (column.required && !seen.has(column.name)) {
      problems.push(importProblem(file, 1, column.name, 'import.reason.columnMissing'))
    }
  }
  return problems
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

/** Reads one data row into an organization and a service, or says everything wrong with it. */
export function readServiceRow(
  file: string,
  row: number,
  header: ColumnLayout,
  record: readonly string[],
  matchArea: AreaMatcher,
  isCategory: (id: string) => boolean,
  readSchedule: (text: string) => ParseResult<Schedule> = parseSchedule,
  isDate: (text: string) => boolean = isCalendarDate,
): RowResult {
  // Methods rather than per-row closures: this runs for every row of 50,000-row files.
  const cells = record.map(readCell)
  const check = new RowCheck(file, row, header, cells)
  const { problems } = check
  const notes: ImportProblem[] = []
  for (let index = 0; index < cells.length; index++) {
    const odd = oddTextOf(cells[index]!.trim())
    if (odd) notes.push(importProblem(file, row, header.names[index] ?? '', keptAsTextReason(odd)))
  }

  const serviceId = check.cell('service_id')
  if (serviceId !== '' && !UUID_PATTERN.test(serviceId)) check.problem('service_id', 'import.reason.notUuid', { value: serviceId })

  const organizationName = check.required('organization')
  const kindText = check.required('organization_kind').toLowerCase()
  if (kindText !== '' && !(ORGANIZATION_KIND_IDS as readonly string[]).includes(kindText)) {
    check.problem('organization_kind', 'import.reason.notOrganizationKind', { value: kindText, kinds: ORGANIZATION_KIND_IDS.join(', ') })
  }
  const serviceName = check.required('service')
  const category = check.required('category').toLowerCase()
  if (category !== '' && !isCategory(category)) check.problem('category', 'import.reason.notCategory', { value: category })

  const areaText = check.required('community_areas')
  const parts = areaText.split(';').map((p) => p.trim()).filter((p) => p !== '')
  const citywide = parts.some(meansCitywide)
  const areaNumbers: number[] = []
  if (!citywide) {
    for (const part of parts) {
      const number = matchArea(part)
      if (number === undefined) check.problem('community_areas', 'import.reason.notArea', { value: part })
      else if (!areaNumbers.includes(number)) areaNumbers.push(number)
    }
  }

  const capacityAmount = check.number('capacity_amount')
  const capacityUnit = check.cell('capacity_unit')
  const capacityPeriod = check.cell('capacity_period').toLowerCase()
  let capacity: Capacity | null = null
  if (capacityAmount !== null || capacityUnit !== '' || capacityPeriod !== '') {
    if (capacityAmount === null && check.cell('capacity_amount') === '') check.problem('capacity_amount', 'import.reason.capacityAmountNeeded')
    if (capacityUnit === '') check.problem('capacity_unit', 'import.reason.capacityUnitNeeded')
    if (!(CAPACITY_PERIODS as readonly string[]).includes(capacityPeriod)) {
      check.problem('capacity_period', 'import.reason.notOneOf', { value: capacityPeriod, options: CAPACITY_PERIODS.join(', ') })
    }
    if (capacityAmount !== null && capacityUnit !== '' && (CAPACITY_PERIODS as readonly string[]).includes(capacityPeriod)) {
      capacity = { amount: capacityAmount, unit: capacityUnit, period: capacityPeriod as Capacity['period'] }
    }
  }
  const currentLoad = check.number('current_load')

  const scheduleText = check.required('schedule')
  let schedule: Schedule = { kind: 'on-call' }
  if (scheduleText !== '') {
    const parsed = readSchedule(scheduleText)
    if (parsed.ok) schedule = parsed.value
    else check.said('schedule', parsed.reason)
  }

  const languages: string[] = []
  for (const part of check.required('languages').split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const code = parseLanguage(part)
    if (!code) check.problem('languages', 'import.reason.notLanguage', { value: part })
    else if (!languages.includes(code)) languages.push(code)
  }

  const responseHoursCell = check.number('response_hours')
  const responseHours = responseHoursCell ?? parseResponseTime(check.cell('response_time'))
  const minAge = check.number('min_age', { integer: true })
  const maxAge = check.number('max_age', { integer: true })
  if (minAge !== null && maxAge !== null && minAge > maxAge) check.problem('max_age', 'import.reason.agesReversed', { max: maxAge, min: minAge })

  const statusText = check.cell('status').toLowerCase() || 'active'
  if (!(SERVICE_STATUSES as readonly string[]).includes(statusText)) {
    check.problem('status', 'import.reason.notOneOf', { value: statusText, options: SERVICE_STATUSES.join(', ') })
  }
  const lastVerified = check.cell('last_verified')
  if (lastVerified !== '' && !isDate(lastVerified)) {
    check.problem('last_verified', 'import.reason.notDate', { value: lastVerified })
  }

  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    notes,
    value: {
      row,
      organization: {
        name: organizationName,
        kind: kindText as OrganizationKind,
        contactPerson: check.cell('organization_contact'),
        phone: check.cell('organization_phone'),
        email: check.cell('organization_email'),
      },
      service: {
        id: serviceId === '' ? undefined : serviceId.toLowerCase(),
        name: serviceName,
        category,
        description: check.cell('description'),
        areaNumbers: areaNumbers.sort((a, b) => a - b),
        citywide,
        capacity,
        currentLoad,
        schedule,
        languages,
        minAge,
        maxAge,
        eligibility: check.cell('eligibility'),
        responseTime: check.cell('response_time'),
        responseHours,
        status: statusText as ImportedService['status'],
        lastVerified: lastVerified === '' ? null : lastVerified,
      },
    },
  }
}

/** A cell as the facilitator meant it: without the apostrophe our exports add before a formula, or control characters. */
function readCell(raw: string): string {
  return withoutControlCharacters(unneutralizedCell(raw))
}

/** The cells of one row and the problems found in them so far. */
class RowCheck {
  readonly problems: ImportProblem[] = []

  constructor(
    private readonly file: string,
    private readonly row: number,
    private readonly header: ColumnLayout,
    private readonly record: readonly string[],
  ) {}

  problem(column: string, key: ImportReasonKey, values?: SaidValues): void {
    this.problems.push(importProblem(this.file, this.row, column, key, values))
  }

  said(column: string, reason: Said): void {
    this.problems.push(importProblemOf(this.file, this.row, column, reason))
  }

  cell(column: string): string {
    const index = this.header.indexOf.get(column)
    return index === undefined ? '' : (this.record[index] ?? '').trim()
  }

  required(column: string): string {
    const value = this.cell(column)
    if (value === '') this.problem(column, 'import.reason.required')
    return value
  }

  number(column: string, options: { integer?: boolean } = {}): number | null {
    const value = this.cell(column)
    if (value === '') return null
    const parsed = Number(value.replace(/,/g, ''))
    if (!Number.isFinite(parsed) || parsed < 0 || (options.integer && !Number.isInteger(parsed))) {
      this.problem(column, 'import.reason.notNumber', { value, whole: options.integer ? 'yes' : 'no' })
      return null
    }
    return parsed
  }
}

/**
 * A reader for every row of one file. Schedules repeat across thousands of rows, so each
 * distinct one is parsed once (the parsed value is shared and must not be changed).
 */
export function createRowReader(file: string, header: readonly string[], matchArea: AreaMatcher, isCategory: (id: string) => boolean) {
  const layout = columnLayout(header)
  const schedules = new Map<string, ParseResult<Schedule>>()
  const readSchedule = (text: string): ParseResult<Schedule> => {
    let parsed = schedules.get(text)
    if (!parsed) {
      parsed = parseSchedule(text)
      schedules.set(text, parsed)
    }
    return parsed
  }
  const dates = new Map<string, boolean>()
  const isDate = (text: string): boolean => {
    let valid = dates.get(text)
    if (valid === undefined) {
      valid = isCalendarDate(text)
      dates.set(text, valid)
    }
    return valid
  }
  return (row: number, record: readonly string[]): RowResult =>
    readServiceRow(file, row, layout, record, matchArea, isCategory, readSchedule, isDate)
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}
