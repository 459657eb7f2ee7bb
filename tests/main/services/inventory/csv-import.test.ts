import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors'
import { createInventoryService } from '../../../../src/main/services/inventory'
import { openStore, type Store } from '../../../../src/main/store/open-store'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const FIXTURES = join(__dirname, '../../../fixtures/inventory')
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name))
const clock = () => new Date('2026-11-23T12:00:00.000Z')
const KEEP_ALL = { skipRejected: false, endNoLongerListed: false }

function setup(): { store: Store; inventory: ReturnType<typeof createInventoryService> } {
  const store = openStore({ dataDir: tempDir() })
  return { store, inventory: createInventoryService(store.db, clock) }
}

function tableSnapshot(store: Store): unknown {
  return ['organization', 'service'].map((table) =>
    store.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  )
}

function thrownBy(action: () => unknown): AppError {
  try {
    action()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

describe('CSV import', () => {
  it('previews a good file without writing, then imports it all', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview([{ name: 'good.csv', bytes: fixture('good.csv') }])
    expect(preview).toMatchObject({
      file: 'good.csv',
      services: { new: 4, updated: 0, unchanged: 0, rejected: 0 },
      organizations: { new: 3, updated: 0 },
      problems: [],
      canImport: true,
    })
    expect(inventory.repository.countServices()).toBe(0)

    expect(inventory.imports.commit(preview.previewId, KEEP_ALL)).toMatchObject({ counts: { new: 4, updated: 0, unchanged: 0, rejected: 0 }, ended: 0 })
    const { items, total } = inventory.listServices({ query: '', sort: 'name', direction: 'asc', offset: 0, limit: 100 })
    expect(total).toBe(4)
    const mediation = items.find((s) => s.name === 'Retaliation mediation')!
    expect(mediation).toMatchObject({
      organizationName: 'Garfield Park Peace Walkers (fictional)',
      category: 'conflict-mediation',
      areaNumbers: [26],
      capacity: { amount: 6, unit: 'cases', period: 'week' },
      currentLoad: 5,
      schedule: { kind: 'on-call' },
      languages: ['en', 'es'],
      minAge: 14,
      maxAge: null,
      status: 'active',
      lastVerified: '2026-08-15',
      source: 'good.csv',
      createdAt: '2026-11-23T12:00:00.000Z',
    })
    expect(items.find((s) => s.name === 'Trauma counseling for families')!.areaNumbers).toEqual([29, 30])
    expect(items.find((s) => s.name === 'Street light repair')!.citywide).toBe(true)
    store.close()
  })

  it('changes nothing when the same file is imported again', () => {
    const { store, inventory } = setup()
    inventory.importCsv('good.csv', fixture('good.csv'))
    const before = tableSnapshot(store)
    const again = inventory.imports.preview([{ name: 'good.csv', bytes: fixture('good.csv') }])
    expect(again.services).toEqual({ new: 0, updated: 0, unchanged: 4, rejected: 0 })
    expect(again.organizations).toEqual({ new: 0, updated: 0 })
    expect(again.canImport).toBe(false)
    expect(tableSnapshot(store)).toEqual(before)
    store.close()
  })

  it('counts a changed row as updated and keeps its id', () => {
    const { store, inventory } = setup()
    inventory.importCsv('good.csv', fixture('good.csv'))
    const id = inventory.listServices({ query: 'night outreach', sort: 'name', direction: 'asc', offset: 0, limit: 1 }).items[0]!.id
    const changed = readFileSync(join(FIXTURES, 'good.csv'), 'utf8').replace('40,contacts,week,31', '60,contacts,week,31')
    const plan = inventory.importCsv('good-v2.csv', new TextEncoder().encode(changed))
    expect(plan.counts).toEqual({ new: 0, updated: 1, unchanged: 3, rejected: 0 })
    expect(inventory.getService(id).capacity).toEqual({ amount: 60, unit: 'contacts', period: 'week' })
    expect(inventory.getService(id).source).toBe('good-v2.csv')
    store.close()
  })

  it('names the file, row, column and reason of every problem, and imports the good rows only when asked to skip the rest', () => {
    const { store, inventory } = setup()
    const before = tableSnapshot(store)
    const preview = inventory.imports.preview([{ name: 'bad-rows.csv', bytes: fixture('bad-rows.csv') }])
    expect(preview.canImport).toBe(true)
    expect(preview.services).toMatchObject({ new: 1, rejected: 2 })
    const on = (row: number) => preview.problems.filter((p) => p.row === row).map((p) => `${p.column}: ${p.reason}`)
    expect(on(3)).toEqual([
      'service_id: "not-a-uuid" is not a UUID',
      'organization: is required',
      'organization_kind: "space-agency" is not a kind of organization; use one of city-department, sister-agency, street-outreach, victim-services, health, youth, faith, school, business, block-club, resident-group, philanthropy, other',
      'service: is required',
      'category: "unknown-category" is not a category in the taxonomy',
      'community_areas: "Gotham" is not a Chicago community area name or number (1–77)',
      'capacity_amount: "-3" is not a number of 0 or more',
      'capacity_unit: is needed when a capacity amount is given (people, families, requests…)',
      'capacity_period: "fortnight" is not one of day, week, month',
      'current_load: "lots" is not a number of 0 or more',
      'schedule: "sometimes" is not "DAYS HH:MM-HH:MM" (for example "Mon-Fri 09:00-17:00")',
      'languages: "Klingon" is not a language Roundtable knows; use a name such as Spanish or an ISO code such as es',
      'min_age: "ten" is not a whole number of 0 or more',
      'status: "retired" is not one of active, paused, ended',
      'last_verified: "2026-13-45" is not a date written YYYY-MM-DD',
    ])
    expect(on(4)).toEqual([
      'community_areas: "99" is not a Chicago community area name or number (1–77)',
      'schedule: "25:00" is not a time between 00:00 and 24:00',
      'max_age: 10 is below min_age 20',
    ])
    expect(preview.problems.every((p) => p.file === 'bad-rows.csv')).toBe(true)
    // Not asked to skip: nothing is written.
    expect(() => inventory.imports.commit(preview.previewId, KEEP_ALL)).toThrow(/has 2 rows that cannot be imported/)
    inventory.importCsv('bad-rows.csv', fixture('bad-rows.csv'))
    expect(tableSnapshot(store)).toEqual(before)

    // The skipped rows, as a CSV in the file's own columns plus the reason, read back once fixed.
    const skipped = inventory.imports.skippedRows(preview.previewId)
    expect(skipped.fileName).toBe('bad-rows-skipped-rows.csv')
    const lines = skipped.content.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^service_id,organization,.*,last_verified,skipped_because$/)
    expect(lines[1]).toMatch(/^not-a-uuid,,space-agency,.*"service_id: ""not-a-uuid"" is not a UUID; organization: is required;/)
    expect(lines[2]).toMatch(/^,Englewood Block Club \(fictional\),block-club,Walking club,.*,"community_areas: ""99"" is not/)

    // Asked to skip: exactly the one good row is written, as promised.
    expect(inventory.imports.commit(preview.previewId, { ...KEEP_ALL, skipRejected: true }).counts).toEqual({ new: 1, updated: 0, unchanged: 0, rejected: 2 })
    expect(inventory.listServices({ query: '', sort: 'name', direction: 'asc', offset: 0, limit: 10 }).items.map((s) => s.name)).toEqual(['Cleanup day'])
    const fixed = inventory.imports.preview([{ name: skipped.fileName, bytes: new TextEncoder().encode(skipped.content) }])
    expect(fixed.problemCount).toBeGreaterThan(0)
    expect(fixed.problems.every((p) => p.column !== 'skipped_because')).toBe(true)
    store.close()
  })

  it('keeps formulas and markup as text, lists them as notes, neutralizes them in its CSV and reads them back', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview([{ name: 'hostile.csv', bytes: fixture('hostile.csv') }])
    expect(preview.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [4, 'languages', '"@SUM(A1)" is not a language Roundtable knows; use a name such as Spanish or an ISO code such as es'],
    ])
    expect(preview.notes.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, 'organization', 'starts like a spreadsheet formula; kept as text (exports to spreadsheets neutralize it)'],
      [3, 'service', 'contains markup; kept as text, shown as typed and never run'],
    ])
    inventory.imports.commit(preview.previewId, { skipRejected: true, endNoLongerListed: false })
    const names = inventory.listServices({ query: '', sort: 'name', direction: 'asc', offset: 0, limit: 10 }).items.map((s) => [s.organizationName, s.name])
    expect(names).toEqual([
      ['Englewood Youth (fictional)', '<script>alert(1)</script>'],
      ['=HYPERLINK("http://example.com","click")', 'Summer jobs'],
    ])
    const exported = inventory.exportCsv()
    expect(exported).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`)

    const second = setup()
    second.inventory.importCsv('export.csv', new TextEncoder().encode(exported))
    expect(second.inventory.listOrganizations().map((o) => o.name).sort()).toEqual(['=HYPERLINK("http://example.com","click")', 'Englewood Youth (fictional)'])
    store.close()
    second.store.close()
  })

  it('says which columns are wrong in a file with the wrong columns', () => {
    const { store, inventory } = setup()
    const preview = inventory.imports.preview([{ name: 'wrong-columns.csv', bytes: fixture('wrong-columns.csv') }])
    expect(preview.canImport).toBe(false)
    expect(preview.services.rejected).toBe(1)
    const missing = preview.problems.filter((p) => p.reason === 'this required column is missing').map((p) => p.column)
    expect(missing).toEqual(['organization', 'organization_kind', 'service', 'category', 'community_areas', 'schedule', 'languages'])
    expect(preview.problems[0]).toMatchObject({ row: 1, column: 'Agency' })
    expect(preview.problems[0]!.reason).toMatch(/^is not a Roundtable inventory column; expected columns: service_id, organization/)
    store.close()
  })

  it.each([
    ['windows-1252.csv', /windows-1252\.csv: the file is not UTF-8 text .* save it as "CSV UTF-8"/],
    ['utf16.csv', /utf16\.csv: the file is saved as UTF-16/],
  ])('refuses %s with advice on how to save it', (name, message) => {
    const { store, inventory } = setup()
    expect(thrownBy(() => inventory.imports.preview([{ name, bytes: fixture(name) }])).message).toMatch(message)
    expect(inventory.repository.countServices()).toBe(0)
    store.close()
  })

  it('refuses a 200 MB file before reading it', () => {
    const { store, inventory } = setup()
    const huge = new Uint8Array(200 * 1024 * 1024)
    const error = thrownBy(() => inventory.imports.preview([{ name: 'huge.csv', bytes: huge }]))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toBe('huge.csv: the file is 200 MB; Roundtable reads inventory files up to 50 MB. Split it into smaller files.')
    store.close()
  })

  it('refuses files of too many rows or cells while reading them, before they fill memory', () => {
    const { store, inventory } = setup()
    const header = 'organization,organization_kind,service,category,community_areas,schedule,languages\n'
    const manyRows = header + ',,,,,,\n'.repeat(200_001)
    expect(thrownBy(() => inventory.imports.preview([{ name: 'rows.csv', bytes: new TextEncoder().encode(manyRows) }])).message).toBe(
      'rows.csv: the file has more than 200,000 rows, the most Roundtable reads from one file; split it into smaller files',
    )
    const wide = ','.repeat(1999) + '\n'
    const manyCells = header + wide.repeat(4_100)
    expect(thrownBy(() => inventory.imports.preview([{ name: 'cells.csv', bytes: new TextEncoder().encode(manyCells) }])).message).toMatch(
      /^cells\.csv: the file has more than 8,000,000 cells/,
    )
    expect(inventory.repository.countServices()).toBe(0)
    store.close()
  })

  it('takes a row with the wrong number of cells as one rejected row, naming it, and keeps the rest', () => {
    const { store, inventory } = setup()
    const text = 'organization,organization_kind,service,category,community_areas,schedule,languages\na,youth,b,summer-jobs,1,24/7,en\nc,d\n'
    const preview = inventory.imports.preview([{ name: 'broken.csv', bytes: new TextEncoder().encode(text) }])
    expect(preview.services).toMatchObject({ new: 1, rejected: 1 })
    expect(preview.problems).toMatchObject([{ file: 'broken.csv', row: 3, column: '', reason: 'this row has 2 cells where the header has 7' }])
    const skipped = inventory.imports.skippedRows(preview.previewId).content
    expect(skipped).toContain('c,d,,,,,,this row has 2 cells where the header has 7')
    store.close()
  })

  it('refuses rows that disagree about an organization, and duplicate services', () => {
    const { store, inventory } = setup()
    const text = [
      'organization,organization_kind,service,category,community_areas,schedule,languages',
      'Hope Church (fictional),faith,Vigil support,crisis-response,68,on call,en',
      'hope church (FICTIONAL),youth,Youth night,safe-haven,68,Fri 18:00-22:00,en',
      'Hope Church (fictional),faith,Vigil Support,crisis-response,68,on call,en',
    ].join('\n')
    const preview = inventory.imports.preview([{ name: 'dupes.csv', bytes: new TextEncoder().encode(text) }])
    expect(preview.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'organization_kind', '"hope church (FICTIONAL)" is "faith" on row 2 but "youth" here'],
      [4, 'service', 'the same service is already on row 2'],
    ])
    store.close()
  })
})

describe('CSV export', () => {
  it('round-trips: export, import into an empty store, export again gives the same file', () => {
    const first = setup()
    first.inventory.importCsv('good.csv', fixture('good.csv'))
    const exported = first.inventory.exportCsv()

    const second = setup()
    const plan = second.inventory.importCsv('export.csv', new TextEncoder().encode(exported))
    expect(plan.problems).toEqual([])
    expect(plan.counts.new).toBe(4)
    expect(second.inventory.exportCsv()).toBe(exported)
    const strip = (s: { source: string; createdAt: string; updatedAt: string }) => ({ ...s, source: '', createdAt: '', updatedAt: '' })
    const listAll = (inv: typeof first.inventory) =>
      inv.listServices({ query: '', sort: 'name', direction: 'asc', offset: 0, limit: 100 }).items.map((i) => strip({ ...i, organizationId: '' } as never))
    expect(listAll(second.inventory)).toEqual(listAll(first.inventory))
    first.store.close()
    second.store.close()
  })
})
