import { describe, expect, it } from 'vitest'
import { flattenHsdsJson } from '../../../../src/shared/inventory/hsds/read-json'

describe('reading HSDS JSON', () => {
  it('flattens nested HSDS JSON into tables, and refuses JSON that is not HSDS', () => {
    const tables = flattenHsdsJson([{ id: 's1', name: 'Svc', organization: { id: 'o1', name: 'Org', phones: [{ number: '555' }] }, languages: [{ code: 'en' }] }])
    expect(tables?.organizations).toEqual([{ id: 'o1', name: 'Org' }])
    expect(tables?.phones).toEqual([{ number: '555', organization_id: 'o1' }])
    expect(tables?.languages).toEqual([{ code: 'en', service_id: 's1' }])
    expect(flattenHsdsJson({ hello: 'world' })).toBeUndefined()
    expect(flattenHsdsJson('text')).toBeUndefined()
  })
})
