// The HSDS 3.0 files Roundtable reads and writes: one table saying, per file, its columns and
// what each maps to. The export writes these columns in this order; the import reads the same.

export interface HsdsFile {
  /** The file in a tabular data package. */
  file: string
  /** Its resource name in datapackage.json. */
  resource: string
  /** Whether an export writes it (the import reads every file here). */
  written: boolean
  /** Column → what it maps to in Roundtable; an export writes these, in this order. */
  columns: Readonly<Record<string, string>>
  /** Columns the import reads that an export never writes. */
  readOnly?: Readonly<Record<string, string>>
}

const THROUGH_PLACE = 'the service, when the row hangs off a service_at_location instead of a service'

export const HSDS_FILES = {
  organizations: {
    file: 'organizations.csv',
    resource: 'organization',
    written: true,
    columns: {
      id: 'organization id (kept when it is a UUID)',
      name: 'organization name',
      alternate_name: 'written empty',
      description: 'organization description (written only)',
      email: 'organization email',
      website: 'written empty',
    },
  },
  services: {
    file: 'services.csv',
    resource: 'service',
    written: true,
    columns: {
      id: 'service id (kept when it is a UUID)',
      organization_id: 'the organization of the service',
      name: 'service name (required)',
      alternate_name: 'written empty',
      description: 'service description',
      status: 'service status (status.ts)',
      wait_time: 'response time: the words, with the hours to start in brackets when the words alone read otherwise; hours read back from it',
      eligibility_description: 'eligibility',
      minimum_age: 'minimum age (0–120)',
      maximum_age: 'maximum age (0–120)',
      assured_date: 'last verified',
      last_modified: 'last verified when assured_date is empty; the time of the last change on export',
    },
  },
  service_areas: {
    file: 'service_areas.csv',
    resource: 'service_area',
    written: true,
    columns: {
      id: 'made on export',
      service_id: 'the service',
      name: 'a community area, by name or variant; "Citywide (all of Chicago)" is citywide',
      description: 'written empty',
    },
  },
  schedules: {
    file: 'schedules.csv',
    resource: 'schedule',
    written: true,
    columns: {
      id: 'made on export',
      service_id: 'the service',
      freq: 'WEEKLY (other frequencies are noted and left out)',
      byday: 'the weekdays of the opening hours (MO…SU)',
      opens_at: 'opening time',
      closes_at: 'closing time',
      description: 'hours that are not weekly times (24/7, on call), written in Roundtable words',
    },
    readOnly: { service_at_location_id: THROUGH_PLACE },
  },
  languages: {
    file: 'languages.csv',
    resource: 'language',
    written: true,
    columns: {
      id: 'made on export',
      service_id: 'the service',
      name: 'a language, when the code is not one Roundtable knows',
      code: 'a language',
    },
    readOnly: { service_at_location_id: THROUGH_PLACE },
  },
  phones: {
    file: 'phones.csv',
    resource: 'phone',
    written: true,
    columns: { id: 'made on export', organization_id: 'the organization', number: 'organization phone (the first)', type: 'voice' },
  },
  contacts: {
    file: 'contacts.csv',
    resource: 'contact',
    written: true,
    columns: { id: 'made on export', organization_id: 'the organization', name: 'contact person (the first)' },
  },
  attributes: {
    file: 'attributes.csv',
    resource: 'attribute',
    written: true,
    columns: {
      id: 'made on export',
      link_id: 'the service or organization',
      taxonomy_term_id: 'the term: a category, or a Roundtable term (terms.ts)',
      link_type: 'service or organization',
      link_entity: 'service or organization',
      value: 'the value of a Roundtable term: capacity, current load, hours, kind of organization',
    },
  },
  taxonomy_terms: {
    file: 'taxonomy_terms.csv',
    resource: 'taxonomy_term',
    written: true,
    columns: {
      id: 'made on export',
      code: 'a category id or a Roundtable term',
      name: 'category label (matched too)',
      description: 'written empty',
      taxonomy: 'roundtable',
      taxonomy_id: 'the roundtable taxonomy',
    },
  },
  taxonomies: {
    file: 'taxonomies.csv',
    resource: 'taxonomy',
    written: true,
    columns: { id: 'made on export', name: 'roundtable', description: 'what the taxonomy holds', version: '1' },
  },
  locations: {
    file: 'locations.csv',
    resource: 'location',
    written: false,
    columns: { id: 'named in the note when there is no name', name: 'not kept (the inventory records areas, not addresses): one note per location' },
  },
  service_at_location: {
    file: 'service_at_location.csv',
    resource: 'service_at_location',
    written: false,
    columns: { id: 'the place schedules and languages may hang off', service_id: 'the service of that place' },
  },
} as const satisfies Record<string, HsdsFile>

export type HsdsTableName = keyof typeof HSDS_FILES
export type HsdsRecord = Record<string, string>
export type HsdsTables = Partial<Record<HsdsTableName, HsdsRecord[]>>
/** The tables an export writes (places are not part of the inventory). */
export type HsdsWrittenTable = { [T in HsdsTableName]: (typeof HSDS_FILES)[T]['written'] extends true ? T : never }[HsdsTableName]

export const HSDS_TABLES = Object.keys(HSDS_FILES) as HsdsTableName[]
export const HSDS_WRITTEN_TABLES = HSDS_TABLES.filter((table) => HSDS_FILES[table].written) as HsdsWrittenTable[]

/** Empty tables, one per name, to fill record by record. */
export function emptyHsdsTables<T extends HsdsTableName>(names: readonly T[]): Record<T, HsdsRecord[]> {
  return Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<T, HsdsRecord[]>
}

/** The columns an export writes for a table, in order. */
export function hsdsColumns(table: HsdsWrittenTable): string[] {
  return Object.keys(HSDS_FILES[table].columns)
}

/** The HSDS table a datapackage resource name or a file name stands for ("service_area" → service_areas). */
export function hsdsTableFor(name: string): HsdsTableName | undefined {
  const base = name.toLowerCase().replace(/\.csv$/, '')
  if ((HSDS_TABLES as readonly string[]).includes(base)) return base as HsdsTableName
  const plural = base.endsWith('s') ? base : base === 'taxonomy' ? 'taxonomies' : `${base}s`
  return (HSDS_TABLES as readonly string[]).includes(plural) ? (plural as HsdsTableName) : undefined
}
