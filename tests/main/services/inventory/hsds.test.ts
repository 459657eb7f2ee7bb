import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createInventoryService } from '../../../../src/main/services/inventory'
import { ensureStarterInventory } from '../../../../src/main/services/inventory/starter'
import { openStore } from '../../../../src/main/store/open-store'
import { AppError } from '../../../../src/shared/errors'
import { RESOURCES_DIR } from '../../../helpers/resources'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const EXAMPLE = join(__dirname, '../../../fixtures/hsds-3.0-example')
const exampleFiles = () =>
  readdirSync(EXAMPLE)
    .filter((name) => name.endsWith('.csv') || name === 'datapackage.json')
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLE, name))) }))
const page = { query: '', sort: 'name' as const, direction: 'asc' as const, offset: 0, limit: 500 }

function setup() {
  const store = openStore({ dataDir: tempDir() })
  return { store, inventory: createInventoryService(store.db, () => new Date('2026-11-23T12:00:00Z')) }
}

describe('HSDS 3.0 import', () => {
  it('imports the Open Referral example package, and says what it could not carry over', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview(exampleFiles())
    expect(preview).toMatchObject({ format: 'hsds-package', canImport: true, problems: [] })
    expect(preview.services).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 0 })
    const reasons = preview.notes.map((n) => `${n.file}:${n.row}: ${n.reason}`)
    // The unknown category term and area name go to the preview's mapping tables, not to notes.
    expect(preview.categoryTerms).toEqual([
      {
        key: 'communitycounselling',
        term: 'Community Counselling',
        fromTaxonomy: false,
        categoryId: 'trauma-counseling',
        how: 'suggested',
        because: '"mental health" in the description, "counselling" in the name',
        evidence: [
          { words: 'mental health', field: 'description' },
          { words: 'counselling', field: 'name' },
        ],
        serviceCount: 1,
        examples: ['Community Counselling'],
      },
    ])
    expect(preview.areaTerms).toMatchObject([{ term: expect.stringMatching(/^The service is available to all residents of the MyCity area/), target: null, how: 'none', serviceCount: 1 }])
    expect(reasons).toEqual([
      'organizations.csv:2: "Example Organization Inc." has no Roundtable kind of organization; set to Other',
      'locations.csv:2: location "MyCity Civic Center" is not kept: Roundtable records the community areas a service serves, not addresses',
      ...['accessibility', 'addresses', 'cost_options', 'funding', 'meta_table_descriptions', 'metadata', 'organization_identifiers', 'programs', 'required_documents'].map(
        (table) => `${table}.csv:1: not imported: Roundtable's inventory has no place for ${table.replace(/_/g, ' ')} (1 row)`,
      ),
    ])
    inventory.imports.commit(preview.previewId, { skipRejected: false, endNoLongerListed: false })

    const [service] = inventory.listServices(page).items
    expect(service).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      organizationName: 'Example Organization Inc.',
      name: 'Community Counselling',
      category: 'trauma-counseling',
      areaNumbers: [],
      citywide: false,
      schedule: { kind: 'hours', slots: [{ day: 3, opens: '10:00', closes: '18:00' }, { day: 4, opens: '10:00', closes: '18:00' }] },
      languages: ['ur'],
      minAge: 12,
      maxAge: 100,
      status: 'active',
      lastVerified: '2005-01-01',
      responseTime: 'wait_time',
    })
    const organization = inventory.listOrganizations()[0]!
    expect(organization).toMatchObject({ kind: 'other', phone: '+44 1234 234567', contactPerson: '', email: 'email@example.com' })
    store.close()
  })

  it('imports the same package from a zip, and a second time changes nothing', () => {
    const { store, inventory } = setup()
    const zip = zipSync(Object.fromEntries(exampleFiles().map((f) => [`hsds-example/${f.name}`, f.bytes])))
    inventory.importFiles([{ name: 'example.zip', bytes: zip }])
    const again = inventory.imports.preview([{ name: 'example.zip', bytes: zip }])
    expect(again.services).toEqual({ new: 0, updated: 0, unchanged: 1, rejected: 0 })
    store.close()
  })

  it('imports HSDS JSON: a service object with nested fields', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview([{ name: 'service_full.json', bytes: readFileSync(join(EXAMPLE, 'service_full.json')) }])
    expect(preview).toMatchObject({ format: 'hsds-json', canImport: true, services: { new: 1 } })
    inventory.imports.commit(preview.previewId, { skipRejected: false, endNoLongerListed: false })
    const [service] = inventory.listServices(page).items
    expect(service).toMatchObject({ name: 'Community Counselling', languages: ['ur'], minAge: 12 })
    store.close()
  })

  it('rejects a service whose organization is missing, naming file, row and column', () => {
    const { store, inventory } = setup()
    const files = exampleFiles().filter((f) => f.name !== 'organizations.csv')
    files.push({ name: 'organizations.csv', bytes: strToU8('id,name\nsomeone-else,Other Org\n') })
    const preview = inventory.imports.preview(files)
    expect(preview.canImport).toBe(false)
    expect(preview.problems).toMatchObject([
      { file: 'services.csv', row: 2, column: 'organization_id', reason: '"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610" is not the id of an organization in organizations.csv' },
    ])
    expect(inventory.repository.countServices()).toBe(0)
    store.close()
  })

  it('explains uploads it cannot read', () => {
    const { store, inventory } = setup()
    const message = (files: { name: string; bytes: Uint8Array }[]) => {
      try {
        inventory.imports.preview(files)
      } catch (error) {
        if (error instanceof AppError) return error.message
      }
      return 'no error'
    }
    expect(message([{ name: 'broken.zip', bytes: strToU8('not a zip') }])).toBe('broken.zip: the file is not a zip archive Roundtable can open')
    expect(message([{ name: 'services.csv', bytes: readFileSync(join(EXAMPLE, 'services.csv')) }])).toMatch(/^services\.csv: looks like one table of an HSDS package/)
    expect(message([{ name: 'datapackage.json', bytes: readFileSync(join(EXAMPLE, 'datapackage.json')) }])).toMatch(/is the description of an HSDS package/)
    expect(message([{ name: 'x.json', bytes: strToU8('{"hello": 1}') }])).toMatch(/is not HSDS JSON/)
    expect(message([{ name: 'a.zip', bytes: zipSync({ 'readme.txt': strToU8('hi') }) }])).toMatch(/has no services\.csv/)
    store.close()
  })
})

describe('HSDS 3.0 export', () => {
  it('round-trips the starter inventory: export, import into an empty store, the same inventory and the same package', () => {
    const first = setup()
    ensureStarterInventory(first.store.db, first.inventory, RESOURCES_DIR)
    const zip = first.inventory.exportHsdsPackage()
    const names = Object.keys(unzipSync(zip)).sort()
    expect(names).toContain('datapackage.json')
    expect(names).toContain('services.csv')

    const second = setup()
    const plan = second.inventory.importFiles([{ name: 'export.zip', bytes: zip }])
    expect(plan.problems).toEqual([])
    expect(plan.notes).toEqual([])
    const comparable = (inventory: typeof first.inventory) =>
      inventory.listServices(page).items.map(({ source: _s, createdAt: _c, updatedAt: _u, ...rest }) => rest)
    expect(comparable(second.inventory)).toEqual(comparable(first.inventory))
    const organizations = (inventory: typeof first.inventory) =>
      inventory.listOrganizations().map(({ source: _s, createdAt: _c, updatedAt: _u, ...rest }) => rest)
    expect(organizations(second.inventory)).toEqual(organizations(first.inventory))
    expect(second.inventory.exportCsv()).toBe(first.inventory.exportCsv())
    first.store.close()
    second.store.close()
  })

  it('carries hours to start through HSDS, whose wait_time is only words: hours set by hand come back', () => {
    const first = setup()
    ensureStarterInventory(first.store.db, first.inventory, RESOURCES_DIR)
    const sameDay = first.inventory.listServices(page).items.find((s) => s.responseTime === 'same day')!
    expect(sameDay.responseHours).toBe(12)
    const { organizationName: _o, ...service } = sameDay
    first.inventory.saveService({ ...service, responseHours: 4 })
    const unknownWords = first.inventory.listServices(page).items.find((s) => s.responseTime === '')!
    const { organizationName: _p, ...quiet } = unknownWords
    first.inventory.saveService({ ...quiet, responseHours: 72 })
    const zip = first.inventory.exportHsdsPackage()
    const services = new TextDecoder().decode(unzipSync(zip)['services.csv'])
    expect(services).toContain('same day (4 hours)')
    expect(services).toContain(',72 hours,')

    const second = setup()
    second.inventory.importFiles([{ name: 'export.zip', bytes: zip }])
    const back = second.inventory.getService(sameDay.id)
    expect(back.responseHours).toBe(4)
    expect(second.inventory.getService(unknownWords.id).responseHours).toBe(72)
    first.store.close()
    second.store.close()
  })
})
