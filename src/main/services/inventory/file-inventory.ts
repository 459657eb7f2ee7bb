// A session or town-hall file's organizations and services, matched to this laptop's inventory
// by id or by name, so an import adds only what is missing and never makes a second "Red Cross".
import type { Organization, Service } from '../../../shared/inventory/model'
import { textKey } from '../../../shared/text-key'
import type { InventoryService } from '.'

type Repository = InventoryService['repository']

/** Every occurrence of each old id, in a JSON value, as its new id. */
export function renamed<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (ids.size === 0) return value
  let text = JSON.stringify(value)
  for (const [from, to] of ids) text = text.replaceAll(from, to)
  return JSON.parse(text) as T
}

/**
 * Records in `ids` each file organization and service that matches one here under another id,
 * and answers the organizations to add.
 */
export function matchInventory(repository: Repository, file: { organizations: readonly Organization[]; services: readonly Service[] }, ids: Map<string, string>): Organization[] {
  // Organizations: the same record, or one of the same name here, or added.
  const toAdd = file.organizations.filter((organization) => {
    if (repository.getOrganization(organization.id)) return false
    const sameName = repository.findOrganizationByKey(textKey(organization.name))
    if (sameName) ids.set(organization.id, sameName.id)
    return !sameName
  })
  // Services: the same record, or one of the same name from the same organization here, or added.
  for (const service of file.services) {
    if (repository.getService(service.id)) continue
    const sameName = repository.findServiceByKey(ids.get(service.organizationId) ?? service.organizationId, textKey(service.name))
    if (sameName) ids.set(service.id, sameName.id)
  }
  return toAdd
}

/** The (already renamed) services this laptop does not have yet. */
export function missingServices(repository: Repository, services: readonly Service[]): Service[] {
  return services.filter((service) => !repository.getService(service.id))
}

/** Adds them; the caller runs this inside its import's transaction. */
export function addToInventory(repository: Repository, organizations: readonly Organization[], services: readonly Service[]): void {
  for (const organization of organizations) repository.saveOrganization(organization)
  for (const service of services) repository.saveService(service)
}
