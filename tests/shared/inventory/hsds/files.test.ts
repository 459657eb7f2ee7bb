import { describe, expect, it } from 'vitest'
import { HSDS_FILES, HSDS_TABLES, HSDS_WRITTEN_TABLES, hsdsColumns, hsdsTableFor } from '../../../../src/shared/inventory/hsds/files'

describe('the HSDS file table', () => {
  it('writes every table except places, each as its own CSV file with an id column first', () => {
    expect(HSDS_WRITTEN_TABLES).toEqual(HSDS_TABLES.filter((table) => table !== 'locations' && table !== 'service_at_location'))
    for (const table of HSDS_WRITTEN_TABLES) {
      expect(HSDS_FILES[table].file).toBe(`${table}.csv`)
      expect(hsdsColumns(table)[0]).toBe('id')
    }
  })

  it('finds a table from its file name or its resource name, singular or plural', () => {
    expect(hsdsTableFor('services.csv')).toBe('services')
    expect(hsdsTableFor('SERVICE_AREAS.CSV')).toBe('service_areas')
    expect(hsdsTableFor('service_area')).toBe('service_areas')
    expect(hsdsTableFor('taxonomy')).toBe('taxonomies')
    expect(hsdsTableFor('service_at_location')).toBe('service_at_location')
    for (const table of HSDS_TABLES) expect(hsdsTableFor(HSDS_FILES[table].resource)).toBe(table)
    expect(hsdsTableFor('funding.csv')).toBeUndefined()
    expect(hsdsTableFor('program')).toBeUndefined()
  })
})
