// HSDS JSON → HSDS tables: a service object with nested organization, areas, schedules,
// languages, phones, contacts and attributes (or a list of them), flattened for readHsdsTables.
import { emptyHsdsTables, type HsdsRecord, type HsdsTables } from './files'

type JsonObject = Record<string, unknown>

function scalars(object: JsonObject): HsdsRecord {
  const record: HsdsRecord = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined) record[key] = ''
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') record[key] = String(value)
  }
  return record
}

/** An id as text; an object or list where an id belongs is no id (String() of one may even throw). */
function idOf(...values: unknown[]): string {
  const value = values.find((v) => v !== undefined && v !== null)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
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
  const tables = emptyHsdsTables([
    'organizations', 'services', 'service_areas', 'schedules', 'languages', 'phones', 'contacts', 'attributes', 'taxonomy_terms', 'locations',
  ] as const)
  const seenOrganizations = new Set<string>()
  for (const service of services) {
    const serviceId = idOf(service['id'])
    const organization = typeof service['organization'] === 'object' && service['organization'] !== null ? (service['organization'] as JsonObject) : undefined
    const organizationId = idOf(organization?.['id'], service['organization_id'])
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
      const termId = idOf(term?.['id'], attribute['taxonomy_term_id'])
      if (term) tables.taxonomy_terms.push(scalars(term))
      tables.attributes.push({ ...scalars(attribute), link_id: serviceId, taxonomy_term_id: termId })
    }
  }
  return tables
}
