import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HSDS_WRITTEN_TABLES } from '../../src/shared/inventory/hsds/files'
import { ROUNDTABLE_TERMS } from '../../src/shared/inventory/hsds/terms'
import { ROUNDTABLE_CSV_COLUMNS } from '../../src/shared/inventory/roundtable-csv'
import { ORGANIZATION_KIND_IDS } from '../../src/shared/inventory/taxonomy'

const doc = readFileSync(new URL('../../docs/inventory.md', import.meta.url), 'utf8')

describe('docs/inventory.md', () => {
  it('documents every Roundtable CSV column and every kind of organization', () => {
    for (const column of ROUNDTABLE_CSV_COLUMNS) expect(doc).toContain(`\`${column.name}\``)
    for (const kind of ORGANIZATION_KIND_IDS) expect(doc).toContain(`\`${kind}\``)
  })

  it('names every file the HSDS export writes and every Roundtable attribute term', () => {
    for (const table of HSDS_WRITTEN_TABLES) expect(doc).toContain(`\`${table}\``)
    for (const term of Object.values(ROUNDTABLE_TERMS)) expect(doc).toContain(`\`${term}\``)
  })
})
