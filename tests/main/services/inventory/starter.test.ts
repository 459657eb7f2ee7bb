import { describe, expect, it } from 'vitest'
import { createInventoryService } from '../../../../src/main/services/inventory'
import { ensureStarterInventory, removeStarterInventory } from '../../../../src/main/services/inventory/starter'
import { openStore } from '../../../../src/main/store/open-store'
import { findCategory } from '../../../../src/shared/inventory/taxonomy'
import { RESOURCES_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const page = { query: '', sort: 'name' as const, direction: 'asc' as const, offset: 0, limit: 500 }

describe('starter inventory', () => {
  it('loads on the first run: at least 40 organizations and 120 services, all fictional', () => {
    const store = openStore({ dataDir: tempDir() })
    const inventory = createInventoryService(store.db)
    expect(ensureStarterInventory(store.db, inventory, RESOURCES_DIR)).toBe(true)
    const organizations = inventory.listOrganizations()
    const { items, total } = inventory.listServices(page)
    expect(organizations.length).toBeGreaterThanOrEqual(40)
    expect(total).toBeGreaterThanOrEqual(120)
    expect(organizations.every((o) => o.name.endsWith('(sample)'))).toBe(true)
    // Only the numbers set aside for fiction (555-0100 to 555-0199).
    expect(organizations.every((o) => o.phone === '' || /^\(312\) 555-01\d\d$/.test(o.phone))).toBe(true)
    expect(items.every((s) => findCategory(s.category))).toBe(true)
    store.close()
  })

  it('covers the focus areas and every group of the taxonomy', () => {
    const store = openStore({ dataDir: tempDir() })
    const inventory = createInventoryService(store.db)
    ensureStarterInventory(store.db, inventory, RESOURCES_DIR)
    for (const area of [26, 29, 30, 68]) {
      expect(inventory.listServices({ ...page, areaNumber: area }).total).toBeGreaterThan(20)
    }
    const groups = new Set(inventory.listServices(page).items.map((s) => findCategory(s.category)!.group))
    expect([...groups].sort()).toEqual(['basic-needs', 'mental-health', 'outreach', 'permits', 'place', 'protection', 'victim', 'youth'])
    store.close()
  })

  it('has holes for exercises to find: little after midnight, little Spanish counseling, relocation at capacity', () => {
    const store = openStore({ dataDir: tempDir() })
    const inventory = createInventoryService(store.db)
    ensureStarterInventory(store.db, inventory, RESOURCES_DIR)
    const saturdayThreeAm = { day: 5, minute: 3 * 60 }
    const counselingAtNight = inventory.listServices({ ...page, category: 'trauma-counseling', availableAt: saturdayThreeAm })
    expect(counselingAtNight.total).toBe(0)
    const spanishCounselingEnglewood = inventory.listServices({ ...page, category: 'trauma-counseling', language: 'es', areaNumber: 68 })
    expect(spanishCounselingEnglewood.items.every((s) => s.citywide)).toBe(true)
    const relocation = inventory.listServices({ ...page, category: 'emergency-relocation' }).items
    expect(relocation.length).toBeGreaterThan(0)
    expect(relocation.every((s) => s.capacity !== null && s.currentLoad !== null && s.currentLoad >= s.capacity.amount)).toBe(true)
    store.close()
  })

  it('is not loaded twice, and stays removed once the facilitator removes it', () => {
    const dataDir = tempDir()
    const store = openStore({ dataDir })
    const inventory = createInventoryService(store.db)
    ensureStarterInventory(store.db, inventory, RESOURCES_DIR)
    const count = inventory.repository.countServices()
    expect(ensureStarterInventory(store.db, inventory, RESOURCES_DIR)).toBe(false)
    expect(inventory.repository.countServices()).toBe(count)

    inventory.importCsv(
      'mine.csv',
      new TextEncoder().encode(
        'organization,organization_kind,service,category,community_areas,schedule,languages\n' +
          'Department of Public Health (sample),city-department,My added service,crisis-line,68,24/7,en\n',
      ),
    )
    const removed = removeStarterInventory(inventory)
    expect(removed.services).toBe(count)
    // The organization that still has the facilitator's own service stays.
    expect(inventory.listOrganizations().map((o) => o.name)).toEqual(['Department of Public Health (sample)'])
    store.close()

    const reopened = openStore({ dataDir })
    const again = createInventoryService(reopened.db)
    expect(ensureStarterInventory(reopened.db, again, RESOURCES_DIR)).toBe(false)
    expect(again.repository.countServices()).toBe(1)
    reopened.close()
  })
})
