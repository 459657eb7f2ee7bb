import { describe, expect, it } from 'vitest'
import { areaMatcher } from '../../../../src/shared/community-areas'
import { readHsdsTables } from '../../../../src/shared/inventory/hsds/read-tables'
import { CATEGORIES } from '../../../../src/shared/inventory/taxonomy'
import { COMMUNITY_AREA_SEEDS } from '../../../../src/shared/community-area-list'

const matchArea = areaMatcher(COMMUNITY_AREA_SEEDS)

describe('reading HSDS tables', () => {
  it('maps statuses, areas by name and variant, weekly schedules and languages, noting what it leaves out', () => {
    const tables = {
      organizations: [{ id: 'o1', name: 'Org' }],
      services: [{ id: 's1', organization_id: 'o1', name: 'Svc', status: 'temporarily closed' }],
      service_areas: [{ service_id: 's1', name: 'LITTLE VILLAGE' }, { service_id: 's1', name: 'Gotham' }],
      schedules: [
        { service_id: 's1', freq: 'WEEKLY', byday: 'SA,SU', opens_at: '20:00:00', closes_at: '02:00:00' },
        { service_id: 's1', freq: 'MONTHLY', byday: '1MO', opens_at: '09:00', closes_at: '10:00', description: 'First Monday' },
      ],
      languages: [{ service_id: 's1', code: 'es' }, { service_id: 's1', name: 'Klingon' }],
      attributes: [{ link_id: 's1', taxonomy_term_id: 't1' }],
      taxonomy_terms: [{ id: 't1', code: 'X-1', name: 'Street Outreach' }],
    }
    const result = readHsdsTables(tables, (t) => `${t}.csv`, matchArea, CATEGORIES)
    expect(result.problems).toEqual([])
    expect(result.rows[0]!.service).toMatchObject({
      status: 'paused',
      category: 'street-outreach',
      areaNumbers: [30],
      schedule: { kind: 'hours', slots: [{ day: 5, opens: '20:00', closes: '02:00' }, { day: 6, opens: '20:00', closes: '02:00' }] },
      languages: ['es'],
      // An area name that is no community area waits for the facilitator's choice in the preview.
      unknownAreas: ['Gotham'],
    })
    expect(result.notes.map((n) => `${n.file}:${n.row} ${n.reason}`)).toEqual([
      'schedules.csv:3 schedule "First Monday" is not a weekly opening time Roundtable can read; left out',
      'languages.csv:3 language "Klingon" is not one Roundtable knows; left out',
      'organizations.csv:2 "Org" has no Roundtable kind of organization; set to Other',
    ])
  })

  it('reads a status only Object.prototype knows ("constructor", "__proto__") as unknown: noted and set to active', () => {
    for (const status of ['constructor', '__proto__']) {
      const tables = { organizations: [{ id: 'o1', name: 'Org' }], services: [{ id: 's1', organization_id: 'o1', name: 'Svc', status }] }
      const result = readHsdsTables(tables, (t) => `${t}.csv`, matchArea, CATEGORIES)
      expect(result.rows[0]!.service.status).toBe('active')
      expect(result.notes).toContainEqual(expect.objectContaining({ file: 'services.csv', row: 2, column: 'status', reason: `status "${status}" is not an HSDS status; set to active` }))
    }
  })
})
