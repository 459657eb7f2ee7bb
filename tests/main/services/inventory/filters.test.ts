import { describe, expect, it } from 'vitest'
import { createInventoryService } from '../../../../src/main/services/inventory'
import { openStore } from '../../../../src/main/store/open-store'
import { contract } from '../../../../src/shared/contract'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

const CSV = [
  'organization,organization_kind,service,category,community_areas,capacity_amount,capacity_unit,capacity_period,schedule,languages,status,last_verified',
  'Alpha (sample),street-outreach,Night walk,street-outreach,26,10,contacts,week,Fri-Sat 20:00-02:00,en,active,2026-10-01',
  'Alpha (sample),street-outreach,Day office,case-management,26; 29,5,people,week,Mon-Fri 09:00-17:00,en; es,active,2025-01-01',
  'Beta (sample),health,Crisis line,crisis-line,citywide,,,,24/7,es,active,',
  'Beta (sample),health,Paused groups,youth-group-therapy,30,8,youth,week,Wed 16:00-18:00,es,paused,2026-11-01',
].join('\n')

function setup() {
  const store = openStore({ dataDir: tempDir() })
  const inventory = createInventoryService(store.db, () => new Date('2026-11-23T12:00:00Z'))
  inventory.importCsv('filters.csv', new TextEncoder().encode(CSV))
  const names = (filter: Record<string, unknown>) =>
    inventory.listServices(contract['inventory.listServices'].input.parse(filter)).items.map((s) => s.name)
  return { store, inventory, names }
}

describe('inventory filters', () => {
  it('searches names, providers and categories', () => {
    const { store, names } = setup()
    expect(names({ query: 'beta' })).toEqual(['Crisis line', 'Paused groups'])
    expect(names({ query: 'CASE MANAGEMENT' })).toEqual(['Day office'])
    expect(names({ query: 'NIGHT' })).toEqual(['Night walk'])
    expect(names({ query: '%' })).toEqual([])
    expect(names({ query: '_' })).toEqual([])
    store.close()
  })

  it('filters by area (citywide counts), language, status and category', () => {
    const { store, names } = setup()
    expect(names({ areaNumber: 29 })).toEqual(['Crisis line', 'Day office'])
    expect(names({ areaNumber: 26, language: 'en' })).toEqual(['Day office', 'Night walk'])
    expect(names({ status: 'paused' })).toEqual(['Paused groups'])
    expect(names({ category: 'crisis-line' })).toEqual(['Crisis line'])
    store.close()
  })

  it('finds what is open at a given time, overnight hours included', () => {
    const { store, names } = setup()
    expect(names({ availableAt: { day: 5, minute: 60 } })).toEqual(['Crisis line', 'Night walk'])
    expect(names({ availableAt: { day: 0, minute: 10 * 60 } })).toEqual(['Crisis line', 'Day office'])
    expect(names({ availableAt: { day: 2, minute: 17 * 60 } })).toEqual(['Crisis line', 'Paused groups'])
    store.close()
  })

  it('finds stale records: not verified in N months, or never', () => {
    const { store, names } = setup()
    expect(names({ staleMonths: 12 })).toEqual(['Crisis line', 'Day office'])
    expect(names({ staleMonths: 1 })).toEqual(['Crisis line', 'Day office', 'Night walk'])
    store.close()
  })

  it('sorts and pages', () => {
    const { store, names, inventory } = setup()
    expect(names({ sort: 'capacity', direction: 'desc' })).toEqual(['Night walk', 'Paused groups', 'Day office', 'Crisis line'])
    expect(names({ sort: 'organization', limit: 2, offset: 2 })).toEqual(['Crisis line', 'Paused groups'])
    expect(inventory.listServices(contract['inventory.listServices'].input.parse({ limit: 1 })).total).toBe(4)
    store.close()
  })
})
