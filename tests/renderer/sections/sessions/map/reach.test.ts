import { describe, expect, it } from 'vitest'
import { orderByReach } from '../../../../../src/renderer/src/sections/sessions/map/reach'
import type { ServiceListItem } from '../../../../../src/shared/inventory/model'

const service = (id: string, areaNumbers: number[], citywide = false) => ({ id, areaNumbers, citywide }) as ServiceListItem

describe('the map’s inventory search', () => {
  it('puts this area first, then citywide, then elsewhere, once each, eight at most', () => {
    const here = [service('city', [], true), service('here', [44])]
    const everywhere = [service('far', [30]), service('here', [44]), service('city', [], true), ...Array.from({ length: 8 }, (_, i) => service(`far${i}`, [68]))]
    const ordered = orderByReach([here, everywhere], 44)
    expect(ordered.slice(0, 3).map((r) => [r.service.id, r.reach])).toEqual([
      ['here', 'area'],
      ['city', 'citywide'],
      ['far', 'elsewhere'],
    ])
    expect(ordered).toHaveLength(8)
    expect(new Set(ordered.map((r) => r.service.id)).size).toBe(8)
  })
})
