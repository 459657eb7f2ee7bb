// The inventory → HSDS tables, one record per row an export writes. What HSDS has no field for
// travels as attributes of Roundtable's own terms, so an export reads back as the same inventory.
import { v5 as uuidv5 } from 'uuid'
import { COMMUNITY_AREA_ID_NAMESPACE } from '../../community-area-ids'
import { languageName } from '../languages'
import type { Organization, Service } from '../model'
import { formatSchedule } from '../schedule'
import type { Category } from '../taxonomy'
import { emptyHsdsTables, HSDS_WRITTEN_TABLES, type HsdsRecord, type HsdsWrittenTable } from './files'
import { hsdsStatus } from './status'
import { CITYWIDE_AREA_NAME, ROUNDTABLE_TAXONOMY, ROUNDTABLE_TERMS } from './terms'
import { BYDAY_CODES, formatCapacityText } from './values'
import { parseResponseTime } from '../response-time'

/** Ids for rows Roundtable makes only on export: the same record always gets the same id. */
const EXPORT_NAMESPACE = uuidv5('roundtable-hsds-export', COMMUNITY_AREA_ID_NAMESPACE)
const exportId = (...parts: string[]) => uuidv5(parts.join('|'), EXPORT_NAMESPACE)

export function writeHsdsTables(
  organizations: readonly Organization[],
  services: readonly Service[],
  areas: readonly { number: number; name: string }[],
  categories: readonly Category[],
): Record<HsdsWrittenTable, HsdsRecord[]> {
  const areaName = new Map(areas.map((a) => [a.number, a.name]))
  const taxonomyId = exportId('taxonomy', ROUNDTABLE_TAXONOMY)
  const termId = (code: string) => exportId('term', code)
  const tables = emptyHsdsTables(HSDS_WRITTEN_TABLES)
  tables.taxonomies.push({ id: taxonomyId, name: ROUNDTABLE_TAXONOMY, description: 'Roundtable resource categories and fields HSDS has no column for', version: '1' })
  const attribute = (linkId: string, entity: 'service' | 'organization', code: string, value: string) =>
    tables.attributes.push({ id: exportId('attribute', linkId, code), link_id: linkId, taxonomy_term_id: termId(code), link_type: entity, link_entity: entity, value })

  for (const category of categories) {
    tables.taxonomy_terms.push({ id: termId(category.id), code: category.id, name: category.label, description: '', taxonomy: ROUNDTABLE_TAXONOMY, taxonomy_id: taxonomyId })
  }
  for (const code of Object.values(ROUNDTABLE_TERMS)) {
    tables.taxonomy_terms.push({ id: termId(code), code, name: code.replace('roundtable-', 'Roundtable ').replace(/-/g, ' '), description: '', taxonomy: ROUNDTABLE_TAXONOMY, taxonomy_id: taxonomyId })
  }

  for (const organization of organizations) {
    tables.organizations.push({ id: organization.id, name: organization.name, alternate_name: '', description: organization.description, email: organization.email, website: '' })
    if (organization.phone) tables.phones.push({ id: exportId('phone', organization.id), organization_id: organization.id, number: organization.phone, type: 'voice' })
    if (organization.contactPerson) tables.contacts.push({ id: exportId('contact', organization.id), organization_id: organization.id, name: organization.contactPerson })
    attribute(organization.id, 'organization', ROUNDTABLE_TERMS.organizationKind, organization.kind)
  }

  for (const service of services) {
    tables.services.push({
      id: service.id,
      organization_id: service.organizationId,
      name: service.name,
      alternate_name: '',
      description: service.description,
      status: hsdsStatus(service.status),
      wait_time: waitTime(service),
      eligibility_description: service.eligibility,
      minimum_age: service.minAge === null ? '' : String(service.minAge),
      maximum_age: service.maxAge === null ? '' : String(service.maxAge),
      assured_date: service.lastVerified ?? '',
      last_modified: service.updatedAt,
    })
    const areaNames = service.citywide ? [CITYWIDE_AREA_NAME] : service.areaNumbers.map((n) => areaName.get(n) ?? String(n))
    for (const name of areaNames) {
      tables.service_areas.push({ id: exportId('area', service.id, name), service_id: service.id, name, description: '' })
    }
    if (service.schedule.kind === 'hours') {
      const byHours = new Map<string, number[]>()
      for (const slot of service.schedule.slots) byHours.set(`${slot.opens}|${slot.closes}`, [...(byHours.get(`${slot.opens}|${slot.closes}`) ?? []), slot.day])
      for (const [hours, days] of byHours) {
        const [opens, closes] = hours.split('|') as [string, string]
        tables.schedules.push({
          id: exportId('schedule', service.id, hours),
          service_id: service.id,
          freq: 'WEEKLY',
          byday: days.sort((a, b) => a - b).map((d) => BYDAY_CODES[d]).join(','),
          opens_at: `${opens}:00`,
          closes_at: `${closes}:00`,
          description: '',
        })
      }
    } else {
      tables.schedules.push({ id: exportId('schedule', service.id, service.schedule.kind), service_id: service.id, freq: '', byday: '', opens_at: '', closes_at: '', description: formatSchedule(service.schedule) })
    }
    for (const code of service.languages) {
      tables.languages.push({ id: exportId('language', service.id, code), service_id: service.id, name: languageName(code), code })
    }
    attribute(service.id, 'service', service.category, '')
    attribute(service.id, 'service', ROUNDTABLE_TERMS.schedule, formatSchedule(service.schedule))
    if (service.capacity) attribute(service.id, 'service', ROUNDTABLE_TERMS.capacity, formatCapacityText(service.capacity))
    if (service.currentLoad !== null) attribute(service.id, 'service', ROUNDTABLE_TERMS.currentLoad, String(service.currentLoad))
  }
  return tables
}

/**
 * HSDS 3.0 has no number for how soon a service starts, only the words of wait_time: the
 * provider's words, with the hours added in brackets when the words alone would read otherwise
 * ("same day (4 hours)"), so the hours come back on import.
 */
function waitTime(service: Pick<Service, 'responseTime' | 'responseHours'>): string {
  const words = service.responseTime.trim()
  if (service.responseHours === null || parseResponseTime(words) === service.responseHours) return words
  const hours = `${service.responseHours} hours`
  return words === '' ? hours : `${words} (${hours})`
}
