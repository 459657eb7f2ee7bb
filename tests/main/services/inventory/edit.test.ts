import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../../src/main/api/dispatch'
import { createHandlers } from '../../../../src/main/services'
import { openStore } from '../../../../src/main/store/open-store'
import type { CallInput } from '../../../../src/shared/contract'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../../helpers/resources'
import { startApp } from '../../../helpers/app'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

async function setup() {
  const dataDir = tempDir()
  const { store, dispatch, call } = startApp(dataDir)
  const organizations = await call('inventory.listOrganizations', {})
  const organization = organizations.find((o) => o.name === 'Englewood Peace Circle (sample)')!
  return { dataDir, store, dispatch, call, organization }
}

const draft = (organizationId: string): CallInput<'inventory.saveService'> => ({
  organizationId,
  name: 'Overnight phone line',
  category: 'crisis-line',
  description: 'Answers calls after midnight',
  areaNumbers: [68, 67, 68],
  citywide: false,
  capacity: { amount: 30, unit: 'calls', period: 'day' },
  currentLoad: 4,
  schedule: { kind: 'hours', slots: [{ day: 5, opens: '22:00', closes: '06:00' }] },
  languages: ['en', 'es'],
  minAge: null,
  maxAge: null,
  eligibility: '',
  responseTime: 'immediate',
  responseHours: 0,
  status: 'active',
  lastVerified: '2026-11-01',
})

describe('editing the inventory', () => {
  it('adds a service, edits it, and a new connection to the file sees the edit', async () => {
    const { store, call, organization } = await setup()
    const added = await call('inventory.saveService', draft(organization.id))
    expect(added).toMatchObject({ source: 'manual', areaNumbers: [67, 68], name: 'Overnight phone line' })
    const edited = await call('inventory.saveService', { ...draft(organization.id), id: added.id, currentLoad: 29 })
    expect(edited).toMatchObject({ id: added.id, currentLoad: 29, createdAt: added.createdAt, source: 'manual' })

    // A second connection to the file, as another reader would open it (a second Roundtable may not).
    const other = new Database(store.file, { readonly: true })
    const row = other.prepare('SELECT current_load FROM service WHERE id = ?').get(added.id)
    expect(row).toEqual({ current_load: 29 })
    other.close()
    store.close()
  })

  it('refuses a second service of the same name at the same organization, naming the field', async () => {
    const { store, dispatch, organization, call } = await setup()
    await call('inventory.saveService', draft(organization.id))
    const result = await dispatch('inventory.saveService', { ...draft(organization.id), name: ' overnight PHONE line ' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { issues: [{ path: 'name' }] } } })
    store.close()
  })

  it('validates the form field by field (ages, areas, a missing category), keeping formula-like text as typed', async () => {
    const { store, dispatch, call, organization } = await setup()
    const result = await dispatch('inventory.saveService', {
      ...draft(organization.id),
      name: '=HYPERLINK("x")',
      category: '',
      areaNumbers: [],
      minAge: 20,
      maxAge: 10,
    })
    expect(result.ok).toBe(false)
    const issues = !result.ok ? (result.error.details as { issues: { path: string }[] }).issues.map((i) => i.path) : []
    expect(issues.sort()).toEqual(['areaNumbers', 'category', 'maxAge'])
    const kept = await call('inventory.saveService', { ...draft(organization.id), name: '=HYPERLINK("x")', description: '<b>bold</b>' })
    expect(await call('inventory.getService', { id: kept.id })).toMatchObject({ name: '=HYPERLINK("x")', description: '<b>bold</b>' })
    store.close()
  })

  it('deletes a service and puts it back exactly on undo', async () => {
    const { store, call, organization } = await setup()
    const added = await call('inventory.saveService', draft(organization.id))
    const deleted = await call('inventory.deleteService', { id: added.id })
    expect(deleted).toEqual(added)
    await expect(call('inventory.getService', { id: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await call('inventory.restoreService', { service: deleted })
    expect(await call('inventory.getService', { id: added.id })).toEqual(added)
    await expect(call('inventory.restoreService', { service: deleted })).rejects.toMatchObject({ code: 'CONFLICT' })
    store.close()
  })
})

describe('editing organizations', () => {
  const organizationDraft: CallInput<'inventory.saveOrganization'> = {
    name: 'Austin Night Ministry (sample)',
    kind: 'faith',
    description: 'Churches that open at night',
    contactPerson: 'Rev. Ada Lee',
    phone: '(312) 555-0199',
    email: 'night@austin.example.org',
    languages: ['en'],
    areaNumbers: [25],
    citywide: false,
    notes: '',
  }

  it('adds and edits an organization, refusing a second of the same name', async () => {
    const { store, call, dispatch } = await setup()
    const added = await call('inventory.saveOrganization', organizationDraft)
    expect(added.source).toBe('manual')
    const edited = await call('inventory.saveOrganization', { ...organizationDraft, id: added.id, phone: '(312) 555-0198' })
    expect(edited).toMatchObject({ id: added.id, phone: '(312) 555-0198' })
    const clash = await dispatch('inventory.saveOrganization', { ...organizationDraft, name: 'AUSTIN night ministry (sample)' })
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { issues: [{ path: 'name' }] } } })
    const bad = await dispatch('inventory.saveOrganization', { ...organizationDraft, name: 'Other', email: 'not an email', notes: 'bell\u0007' })
    expect(!bad.ok && (bad.error.details as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(['email', 'notes'])
    store.close()
  })

  it('deletes an organization with its services, and undo brings both back', async () => {
    const { store, call, organization } = await setup()
    const before = await call('inventory.listServices', { organizationId: organization.id })
    expect(before.total).toBeGreaterThan(0)
    const deleted = await call('inventory.deleteOrganization', { id: organization.id })
    expect(deleted.services).toHaveLength(before.total)
    expect((await call('inventory.listServices', { organizationId: organization.id })).total).toBe(0)
    await call('inventory.restoreOrganization', deleted)
    expect((await call('inventory.listServices', { organizationId: organization.id })).total).toBe(before.total)
    store.close()
  })

  it('keeps odd text as text through delete and restore, and in a new category’s name', async () => {
    const { store, call, organization } = await setup()
    const { source: _s, createdAt: _c, updatedAt: _u, serviceCount: _n, ...draft } = organization as typeof organization & { serviceCount?: number }
    const renamed = await call('inventory.saveOrganization', { ...draft, name: '=<i>Peace</i> Circle' })
    const deleted = await call('inventory.deleteOrganization', { id: renamed.id })
    expect(await call('inventory.restoreOrganization', deleted)).toMatchObject({ name: '=<i>Peace</i> Circle' })
    expect(await call('inventory.addCategory', { label: '+Night <b>walks</b>', group: 'outreach' })).toMatchObject({ label: '+Night <b>walks</b>' })
    store.close()
  })
})

describe('custom categories', () => {
  it('extends the taxonomy: a new category can be used by the form and by CSV import, and survives a restart', async () => {
    const { store, call, dispatch, organization, dataDir } = await setup()
    const added = await call('inventory.addCategory', { label: 'Mobile food pantry', group: 'basic-needs' })
    expect(added).toEqual({ id: 'mobile-food-pantry', label: 'Mobile food pantry', group: 'basic-needs', custom: true })
    const clash = await dispatch('inventory.addCategory', { label: 'mobile FOOD pantry', group: 'other' })
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const unknown = await dispatch('inventory.saveService', { ...draft(organization.id), category: 'teleportation' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'category' }] } } })
    await call('inventory.saveService', { ...draft(organization.id), category: 'mobile-food-pantry' })
    store.close()

    const reopened = openStore({ dataDir })
    const dispatchAgain = createDispatch(createHandlers({ store: reopened, appVersion: 't', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
    const categories = await dispatchAgain('inventory.listCategories', {})
    expect(categories.ok && (categories.value as { id: string }[]).some((c) => c.id === 'mobile-food-pantry')).toBe(true)
    const search = await dispatchAgain('inventory.listServices', { query: 'food pantry' })
    expect(search.ok && (search.value as { items: { name: string }[] }).items.map((s) => s.name)).toContain('Overnight phone line')
    reopened.close()
  })
})
