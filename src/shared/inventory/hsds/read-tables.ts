// HSDS tables → Roundtable import rows: each service with its organization, areas, hours,
// languages and attributes, and a note for everything that could not be carried over.
import type { AreaMatcher, ImportedRow, ImportedService, ImportProblem } from '../roundtable-csv'
import { hasControlCharacters, keptAsTextReason, oddTextOf, withoutControlCharacters } from '../cell-safety'
import { parseLanguage } from '../languages'
import { parseSchedule, type Schedule, type ScheduleSlot } from '../schedule'
import { ORGANIZATION_KIND_IDS, type Category, type OrganizationKind } from '../taxonomy'
import { textKey } from '../../text-key'
import type { HsdsRecord, HsdsTableName, HsdsTables } from './files'
import { roundtableStatus } from './status'
import { indexHsdsTables } from './table-index'
import { ROUNDTABLE_TERMS } from './terms'
import { importProblem } from '../import-problem'
import type { ImportReasonKey } from '../../i18n/catalog'
import type { SaidValues } from '../../i18n/said'
import { meansCitywide } from '../../community-areas'
import { dayOfByday, hsdsTime, parseCapacityText } from './values'
import { parseResponseTime } from '../response-time'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

export interface HsdsReadResult {
  rows: ImportedRow[]
  /** Rows that cannot be imported (the whole import waits until they are fixed). */
  problems: ImportProblem[]
  /** What was imported with something left behind: each said, none dropped silently. */
  notes: ImportProblem[]
  rejectedRows: number
}

/**
 * Maps HSDS tables to import rows. `fileOf` names the file a table came from, so every
 * problem and note points at a real file and row.
 */
export function readHsdsTables(
  rawTables: HsdsTables,
  fileOf: (table: HsdsTableName) => string,
  matchArea: AreaMatcher,
  categories: readonly Category[],
): HsdsReadResult {
  const problems: ImportProblem[] = []
  const notes: ImportProblem[] = []
  const rows: ImportedRow[] = []
  let rejectedRows = 0
  const tables = withoutControlCharactersIn(rawTables)

  const { rowOf, organizations, areasByService, schedulesByService, languagesByService, phonesByOrganization, contactsByOrganization, categoryByKey, attributesOf } =
    indexHsdsTables(tables, categories)

  if (!tables.services || tables.services.length === 0) {
    problems.push(importProblem(fileOf('services'), 1, '', 'import.reason.noServices'))
  }

  const kindNoted = new Set<string>()
  const organizationsNoted = new Set<HsdsRecord>()
  ;(tables.services ?? []).forEach((service, index) => {
    const row = index + 2
    const file = fileOf('services')
    const rowProblems: ImportProblem[] = []
    /** A note about this service, or about one record of another table (pointing at its row). */
    const note = (table: HsdsTableName, column: string, key: ImportReasonKey, values: SaidValues, record?: HsdsRecord): void => {
      notes.push(importProblem(fileOf(table), record ? (rowOf.get(record) ?? row) : row, column, key, values))
    }
    const cell = (column: string): string => (service[column] ?? '').trim()

    const keptAsText: ImportProblem[] = []
    for (const [column, value] of Object.entries(service)) {
      const odd = oddTextOf(value.trim())
      if (odd) keptAsText.push(importProblem(file, row, column, keptAsTextReason(odd)))
    }
    const name = cell('name')
    if (name === '') rowProblems.push(importProblem(file, row, 'name', 'import.reason.required'))
    const organizationId = cell('organization_id')
    const organization = organizations.get(organizationId)
    if (!organization) {
      rowProblems.push(importProblem(file, row, 'organization_id', 'import.reason.notOrganizationId', { value: organizationId, file: fileOf('organizations') }))
    } else if (!organizationsNoted.has(organization)) {
      organizationsNoted.add(organization)
      for (const [column, value] of Object.entries(organization)) {
        const odd = oddTextOf(value.trim())
        if (odd) keptAsText.push(importProblem(fileOf('organizations'), rowOf.get(organization) ?? row, column, keptAsTextReason(odd)))
      }
    }
    if (rowProblems.length > 0 || !organization) {
      problems.push(...rowProblems)
      rejectedRows++
      return
    }
    notes.push(...keptAsText)
    const serviceId = cell('id')
    const serviceAttributes = attributesOf(serviceId)
    const attribute = (code: string) => serviceAttributes.find((a) => a.code === code)?.value

    // Category: the first linked term that names a Roundtable category.
    let category: string | undefined
    for (const a of serviceAttributes) {
      category = categoryByKey.get(textKey(a.code)) ?? categoryByKey.get(textKey(a.name))
      if (category) break
    }
    // None: the facilitator chooses one per term (or per service name, with no term) in the preview.
    let categoryTerm: ImportedService['categoryTerm']
    if (!category) {
      const offered = serviceAttributes.filter((a) => !a.code.startsWith('roundtable-')).map((a) => a.name || a.code).find(Boolean)
      categoryTerm = offered ? { text: offered, fromTaxonomy: true } : { text: name, fromTaxonomy: false }
      category = 'other'
    }

    // Areas: service_areas matched to community areas by name.
    const areaNumbers: number[] = []
    const unknownAreas: string[] = []
    let citywide = false
    const serviceAreas = areasByService.get(serviceId) ?? []
    for (const area of serviceAreas) {
      const areaName = (area['name'] ?? '').trim()
      if (meansCitywide(areaName)) {
        citywide = true
        continue
      }
      const number = matchArea(areaName)
      if (number === undefined) {
        if (areaName !== '') unknownAreas.push(areaName.slice(0, 200))
      } else if (!areaNumbers.includes(number)) {
        areaNumbers.push(number)
      }
    }
    if (serviceAreas.length === 0) note('services', 'id', 'import.reason.noServiceArea', { name })

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
        const days = (entry['byday'] ?? '').split(',').map((d) => dayOfByday(d.trim().toUpperCase()))
        const freq = (entry['freq'] ?? '').trim().toUpperCase()
        if ((freq !== '' && freq !== 'WEEKLY') || !opens || !closes || days.some((d) => d === undefined) || days.length === 0 || opens === closes) {
          note('schedules', 'byday', 'import.reason.scheduleLeftOut', { schedule: truncate(entry['description'] || entry['id'] || '') }, entry)
          continue
        }
        for (const day of days as number[]) slots.push({ day, opens, closes: closes === '24:00' ? '24:00' : closes })
      }
      if (slots.length === 0) note('services', 'id', 'import.reason.noHours', { name })
      schedule = { kind: 'hours', slots }
    }

    const languages: string[] = []
    for (const language of languagesByService.get(serviceId) ?? []) {
      const code = parseLanguage(language['code'] ?? '') ?? parseLanguage(language['name'] ?? '')
      if (!code) note('languages', 'code', 'import.reason.languageLeftOut', { language: String(language['name'] || language['code']) }, language)
      else if (!languages.includes(code)) languages.push(code)
    }

    const capacityText = attribute(ROUNDTABLE_TERMS.capacity)
    const capacity = capacityText ? (parseCapacityText(capacityText) ?? null) : null
    const loadText = attribute(ROUNDTABLE_TERMS.currentLoad)
    const currentLoad = loadText !== undefined && loadText !== '' && Number.isFinite(Number(loadText)) ? Number(loadText) : null

    const statusText = cell('status').toLowerCase()
    const known = roundtableStatus(statusText)
    const status = known ?? 'active'
    if (statusText !== '' && !known) note('services', 'status', 'import.reason.statusSetActive', { status: statusText })

    const age = (column: string): number | null => {
      const value = cell(column)
      if (value === '') return null
      const number = Number(value)
      if (!Number.isInteger(number) || number < 0 || number > 120) {
        note('services', column, 'import.reason.notAnAge', { value })
        return null
      }
      return number
    }
    let minAge = age('minimum_age')
    let maxAge = age('maximum_age')
    if (minAge !== null && maxAge !== null && minAge > maxAge) {
      note('services', 'maximum_age', 'import.reason.agesReversedLeftOut', { max: maxAge, min: minAge })
      minAge = null
      maxAge = null
    }

    const verified = (cell('assured_date') || cell('last_modified')).slice(0, 10)
    const organizationKindText = attributesOf(organizationId).find((a) => a.code === ROUNDTABLE_TERMS.organizationKind)?.value ?? ''
    const knownKind = (ORGANIZATION_KIND_IDS as readonly string[]).includes(organizationKindText)
    const kind = knownKind ? (organizationKindText as OrganizationKind) : 'other'
    if (!knownKind && !kindNoted.has(organizationId)) {
      kindNoted.add(organizationId)
      note('organizations', 'id', 'import.reason.kindSetOther', { name: String(organization['name']) }, organization)
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
        responseHours: parseResponseTime(cell('wait_time')),
        status,
        lastVerified: /^\d{4}-\d{2}-\d{2}$/.test(verified) ? verified : null,
        categoryTerm,
        unknownAreas,
      },
    })
  })

  // Places are not part of the inventory (it records the areas a service serves): say so per location.
  for (const location of tables.locations ?? []) {
    notes.push(importProblem(fileOf('locations'), rowOf.get(location) ?? 0, 'name', 'import.reason.locationNotKept', { location: truncate(location['name'] || location['id'] || '') }))
  }
  return { rows, problems, notes, rejectedRows }
}

/** The tables with every control character dropped (no one means one; they break exports). */
function withoutControlCharactersIn(tables: HsdsTables): HsdsTables {
  const cleaned: HsdsTables = {}
  for (const [name, records] of Object.entries(tables) as [HsdsTableName, HsdsRecord[]][]) {
    cleaned[name] = records.map((record) => {
      if (!Object.values(record).some(hasControlCharacters)) return record
      return Object.fromEntries(Object.entries(record).map(([column, value]) => [column, withoutControlCharacters(value)]))
    })
  }
  return cleaned
}

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
