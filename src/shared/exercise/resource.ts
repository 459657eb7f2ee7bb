// One vocabulary for one record: what the inventory (and Open Referral HSDS) calls a *service*,
// the room and the exercise map call a *resource* — the same row, by the same id. Tables, files
// and formats keep "service"; the exercise speaks of resources through this alias.
import type { ServiceListItem } from '../inventory/model'

/** A resource on the exercise map: an inventory service, with its organization's name. */
export type Resource = ServiceListItem

/** A resource is named on the map by its service's id. */
export type ResourceId = Resource['id']
