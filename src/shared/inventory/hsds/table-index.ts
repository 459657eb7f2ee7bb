// The lookups reading HSDS tables needs: each record's row, records by service and organization
// (through service_at_location too), attribute values with their terms, categories by name.
import type { Category } from '../taxonomy'
import { textKey } from '../../text-key'
import { HSDS_TABLES, type HsdsRecord, type HsdsTables } from './files'

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

/** Indexes the tables once, for a read that looks records up per service. */
export function indexHsdsTables(tables: HsdsTables, categories: readonly Category[]) {
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

  return {
    rowOf,
    organizations,
    areasByService,
    schedulesByService,
    languagesByService,
    phonesByOrganization,
    contactsByOrganization,
    categoryByKey,
    attributesOf,
  }
}
