import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createInventoryService } from '../../../../src/main/services/inventory'
import { openStore, type Store } from '../../../../src/main/store/open-store'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const PACKAGE = join(__dirname, '../../../fixtures/imports/westside-directory')
const page = { query: '', sort: 'name', direction: 'asc', offset: 0, limit: 100 } as const
const SKIP = { skipRejected: true, endNoLongerListed: false }

function packageFiles(change: (name: string, text: string) => string = (_name, text) => text) {
  return readdirSync(PACKAGE)
    .filter((name) => /\.(csv|json)$/.test(name))
    .map((name) => ({ name, bytes: new TextEncoder().encode(change(name, readFileSync(join(PACKAGE, name), 'utf8'))) }))
}

function setup(): { store: Store; inventory: ReturnType<typeof createInventoryService>; tick: () => void } {
  const store = openStore({ dataDir: tempDir() })
  let now = Date.parse('2026-11-23T12:00:00.000Z')
  return { store, inventory: createInventoryService(store.db, () => new Date(now)), tick: () => (now += 60_000) }
}

const snapshot = (store: Store) => ['organization', 'service'].map((table) => store.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all())

describe('importing a directory as published', () => {
  it('skips the orphan service on purpose and imports the rest, with odd text kept as text and the city understood', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview(packageFiles())
    expect(preview).toMatchObject({ format: 'hsds-package', source: 'westside-community-directory', canImport: true })
    expect(preview.services).toEqual({ new: 13, updated: 0, unchanged: 0, rejected: 1 })
    expect(preview.problems).toMatchObject([
      { file: 'services.csv', row: 13, column: 'organization_id', reason: '"org-99" is not the id of an organization in organizations.csv' },
    ])
    const kept = preview.notes.filter((n) => /kept as text/.test(n.reason)).map((n) => `${n.file}:${n.row}:${n.column}`)
    expect(kept).toEqual(['organizations.csv:4:name', 'organizations.csv:5:name'])

    inventory.imports.commit(preview.previewId, SKIP)
    const services = inventory.listServices(page).items
    expect(services).toHaveLength(13)
    const named = (name: string) => services.find((s) => s.name === name)!
    expect(named('Alley lighting walk and 311 requests').organizationName).toBe('<b>Kolin Avenue</b> Block Club (fictional)')
    expect(named('Summer jobs for teens').organizationName).toBe('=Austin Youth League (fictional)')
    // "Chicago", "City of Chicago" and "citywide" all mean the whole city; capitals and variants are areas.
    expect(['Summer jobs for teens', 'Graffiti blasting crew', '24-hour crisis line'].map((n) => named(n).citywide)).toEqual([true, true, true])
    expect(named('Violence interrupters – overnight street team').areaNumbers).toEqual([25, 26])
    expect(preview.areaTerms.map((a) => [a.term, a.target, a.serviceCount])).toEqual([
      ['e garfield pk', null, 1],
      ['K-Town', null, 1],
      ['La Villita', null, 1],
      ['Westside', null, 1],
    ])
    // Hours that cross midnight stay as they are.
    expect(named('Peacekeepers at summer hot spots').schedule).toEqual({
      kind: 'hours',
      slots: [
        { day: 4, opens: '18:00', closes: '02:00' },
        { day: 5, opens: '18:00', closes: '02:00' },
      ],
    })
    expect(named('Consejería en español para víctimas')).toMatchObject({ languages: ['es'], source: 'westside-community-directory' })
    store.close()
  })

  it('writes nothing when the rejected rows are not to be skipped', () => {
    const { store, inventory } = setup()
    const before = snapshot(store)
    const preview = inventory.imports.preview(packageFiles())
    expect(() => inventory.imports.commit(preview.previewId, { ...SKIP, skipRejected: false })).toThrow(/services\.csv|1 row that cannot be imported/)
    expect(snapshot(store)).toEqual(before)
    store.close()
  })

  it('checks every record whole: a name longer than the inventory keeps is a rejected row, not a broken inventory', () => {
    const { store, inventory } = setup()
    const long = 'Trauma counseling '.repeat(15)
    const preview = inventory.imports.preview(packageFiles((name, text) => (name === 'services.csv' ? text.replace('Trauma counseling for families after a shooting', long) : text)))
    expect(preview.problems).toContainEqual(expect.objectContaining({ file: 'services.csv', row: 4, column: 'name', reason: 'is longer than 200 characters' }))
    expect(preview.services.rejected).toBe(2)
    inventory.imports.commit(preview.previewId, SKIP)
    expect(inventory.listServices(page).total).toBe(12)
    store.close()
  })

  it('is one undoable step: the inventory as it was comes back, and records edited since stay as edited', () => {
    const { store, inventory, tick } = setup()
    const before = snapshot(store)
    const first = inventory.imports.commit(inventory.imports.preview(packageFiles()).previewId, SKIP)
    tick()
    expect(inventory.imports.undo(first.importId)).toEqual({ restored: 13, keptEdited: 0 })
    expect(snapshot(store)).toEqual(before)

    const second = inventory.imports.commit(inventory.imports.preview(packageFiles()).previewId, SKIP)
    tick()
    const edited = inventory.listServices(page).items.find((s) => s.name === 'Despensa de alimentos')!
    const { organizationName: _name, ...service } = edited
    inventory.saveService({ ...service, id: service.id, description: 'Edited after the import' } as never)
    expect(inventory.imports.undo(second.importId)).toEqual({ restored: 12, keptEdited: 2 })
    expect(inventory.listServices(page).items.map((s) => s.name)).toEqual(['Despensa de alimentos'])
    expect(() => inventory.imports.undo(second.importId)).toThrow(/can no longer be undone/)
    store.close()
  })

  it('a re-import from the same source lists the services it no longer has, and ends them when asked', () => {
    const { store, inventory, tick } = setup()
    inventory.imports.commit(inventory.imports.preview(packageFiles()).previewId, SKIP)
    tick()
    const withoutLegalHelp = packageFiles((name, text) => (name === 'services.csv' ? text.split('\r\n').filter((line) => !line.startsWith('svc-11,')).join('\r\n') : text))
    const preview = inventory.imports.preview(withoutLegalHelp)
    expect(preview.noLongerListed).toEqual([{ id: expect.any(String), name: 'Free legal help for crime victims', organizationName: 'North Lawndale Legal Clinic (fictional)' }])
    expect(preview.canImport).toBe(true)
    const result = inventory.imports.commit(preview.previewId, { skipRejected: true, endNoLongerListed: true })
    expect(result.ended).toBe(1)
    const legal = inventory.listServices(page).items.find((s) => s.name === 'Free legal help for crime victims')!
    expect(legal.status).toBe('ended')
    tick()
    inventory.imports.undo(result.importId)
    expect(inventory.getService(legal.id).status).toBe('active')
    store.close()
  })

  it('writes nothing when the inventory changed since the preview in a way that changes its promise', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview(packageFiles())
    const organization = inventory.saveOrganization({
      name: 'North Lawndale Legal Clinic (fictional)', kind: 'other', description: '', contactPerson: '', phone: '', email: '', languages: [], areaNumbers: [], citywide: true, notes: '',
    })
    inventory.saveService({
      organizationId: organization.id, name: 'Free legal help for crime victims', category: 'legal-aid', description: '', areaNumbers: [], citywide: true, capacity: null, currentLoad: null,
      schedule: { kind: 'on-call' }, languages: [], minAge: null, maxAge: null, eligibility: '', responseTime: '', responseHours: null, status: 'active', lastVerified: null,
    })
    const before = snapshot(store)
    expect(() => inventory.imports.commit(preview.previewId, SKIP)).toThrow(/changed since .* was previewed/)
    expect(snapshot(store)).toEqual(before)
    store.close()
  })

  it('maps categories and areas in one step, applied at once, and remembers them for the next import from the same source', () => {
    const { store, inventory, tick } = setup()
    const first = inventory.imports.preview(packageFiles())
    // No taxonomy: one row per service name, each covering its service.
    expect(first.categoryTerms).toHaveLength(13)
    const line = first.categoryTerms.find((t) => t.term === '24-hour crisis line')!
    expect(line).toMatchObject({ fromTaxonomy: false, serviceCount: 1, examples: ['24-hour crisis line'] })

    const remapped = inventory.imports.remap({
      previewId: first.previewId,
      categories: [{ key: line.key, categoryId: 'crisis-line' }],
      areas: [
        { key: first.areaTerms.find((a) => a.term === 'e garfield pk')!.key, target: 27 },
        { key: first.areaTerms.find((a) => a.term === 'Westside')!.key, target: 'citywide' },
      ],
    })
    expect(remapped.previewId).toBe(first.previewId)
    expect(remapped.categoryTerms.find((t) => t.key === line.key)).toMatchObject({ categoryId: 'crisis-line', how: 'chosen' })
    expect(remapped.areaTerms.find((a) => a.term === 'Westside')).toMatchObject({ target: 'citywide', how: 'chosen' })
    expect(() => inventory.imports.remap({ previewId: first.previewId, categories: [{ key: line.key, categoryId: 'teleportation' }], areas: [] })).toThrow()

    inventory.imports.commit(first.previewId, SKIP)
    const services = inventory.listServices(page).items
    expect(services.find((s) => s.name === '24-hour crisis line')!.category).toBe('crisis-line')
    expect(services.find((s) => s.name === 'Violence interrupters – overnight street team')!.areaNumbers).toEqual([25, 26, 27])
    expect(services.find((s) => s.name === 'Free legal help for crime victims')!.citywide).toBe(true)

    tick()
    const again = inventory.imports.preview(packageFiles())
    expect(again.categoryTerms.find((t) => t.key === line.key)).toMatchObject({ categoryId: 'crisis-line', how: 'remembered' })
    expect(again.areaTerms.find((a) => a.term === 'e garfield pk')).toMatchObject({ target: 27, how: 'remembered' })
    expect(again.services).toMatchObject({ new: 0, updated: 0, unchanged: 13 })
    const rows = store.db.prepare('SELECT id, source, kind, created_at, updated_at FROM import_mapping').all() as { id: string; source: string }[]
    expect(rows.length).toBeGreaterThanOrEqual(3)
    expect(rows.every((r) => /^[0-9a-f-]{36}$/.test(r.id) && r.source === 'westside-community-directory')).toBe(true)
    store.close()
  })
})
