// Where an inventory resource stands for the session's area: serving it, citywide, or elsewhere.
import type { ServiceListItem } from '../../../../../shared/inventory/model'

/** How many results the search shows. */
export const SHOWN = 8

export type Reach = 'area' | 'citywide' | 'elsewhere'

function reachOf(service: ServiceListItem, areaNumber: number): Reach {
  if (service.citywide) return 'citywide'
  return service.areaNumbers.includes(areaNumber) ? 'area' : 'elsewhere'
}

const ORDER: Record<Reach, number> = { area: 0, citywide: 1, elsewhere: 2 }

/** This area first, then citywide, then elsewhere; one entry per service. */
export function orderByReach(lists: readonly (readonly ServiceListItem[])[], areaNumber: number): { service: ServiceListItem; reach: Reach }[] {
  const seen = new Map<string, ServiceListItem>()
  for (const list of lists) for (const service of list) if (!seen.has(service.id)) seen.set(service.id, service)
  return [...seen.values()]
    .map((service) => ({ service, reach: reachOf(service, areaNumber) }))
    .sort((a, b) => ORDER[a.reach] - ORDER[b.reach])
    .slice(0, SHOWN)
}
