import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors'
import { createCommunityAreaService } from '../../../../src/main/services/areas'
import { openStore } from '../../../../src/main/store/open-store'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

function names(listing: { areas: { name: string }[] }): string[] {
  return listing.areas.map((a) => a.name)
}

describe('community area service', () => {
  it('lists all 77 in number order, with counts', () => {
    const store = openStore({ dataDir: tempDir() })
    const listing = createCommunityAreaService(store.db).list({ query: '', focusOnly: false })
    expect(listing.areas).toHaveLength(77)
    expect(listing.areas[0]!.name).toBe('Rogers Park')
    expect(listing.areas[76]!.name).toBe('Edgewater')
    expect(listing.totalCount).toBe(77)
    expect(listing.focusCount).toBe(4)
    store.close()
  })

  it('finds areas by part of a name, by a variant, and by number', () => {
    const store = openStore({ dataDir: tempDir() })
    const areas = createCommunityAreaService(store.db)
    expect(names(areas.list({ query: 'lawndale', focusOnly: false }))).toEqual(['North Lawndale', 'South Lawndale'])
    expect(names(areas.list({ query: 'little vill', focusOnly: false }))).toEqual(['South Lawndale'])
    expect(names(areas.list({ query: 'LAKEVIEW', focusOnly: false }))).toEqual(['Lake View'])
    expect(names(areas.list({ query: 'pilsen', focusOnly: false }))).toEqual(['Lower West Side'])
    expect(names(areas.list({ query: '68', focusOnly: false }))).toEqual(['Englewood'])
    expect(names(areas.list({ query: '3', focusOnly: false }))).toEqual(['Uptown'])
    expect(names(areas.list({ query: 'gotham', focusOnly: false }))).toEqual([])
    expect(names(areas.list({ query: "100%_'", focusOnly: false }))).toEqual([])
    store.close()
  })

  it('narrows to focus areas', () => {
    const store = openStore({ dataDir: tempDir() })
    const areas = createCommunityAreaService(store.db)
    expect(names(areas.list({ query: '', focusOnly: true }))).toEqual([
      'West Garfield Park',
      'North Lawndale',
      'South Lawndale',
      'Englewood',
    ])
    expect(names(areas.list({ query: 'park', focusOnly: true }))).toEqual(['West Garfield Park'])
    store.close()
  })

  it('saves a focus change at once: a new connection to the file sees it', () => {
    const dataDir = tempDir()
    const store = openStore({ dataDir })
    const before = createCommunityAreaService(store.db).list({ query: '25', focusOnly: false }).areas[0]!
    const saved = createCommunityAreaService(store.db).setFocus({ number: 25, isFocus: true })
    expect(saved).toMatchObject({ number: 25, name: 'Austin', isFocus: true, id: before.id, createdAt: before.createdAt })
    expect(saved.updatedAt >= before.updatedAt).toBe(true)

    // A second connection to the file, as another reader would open it (a second Roundtable may not).
    const other = new Database(store.file, { readonly: true })
    const listing = createCommunityAreaService(other).list({ query: '', focusOnly: true })
    expect(names(listing)).toContain('Austin')
    expect(listing.focusCount).toBe(5)
    other.close()
    store.close()
  })

  it('says which number does not exist', () => {
    const store = openStore({ dataDir: tempDir() })
    store.db.prepare('DELETE FROM community_area WHERE number = 77').run()
    const areas = createCommunityAreaService(store.db)
    expect(() => areas.setFocus({ number: 77, isFocus: true })).toThrow(AppError)
    expect(() => areas.setFocus({ number: 77, isFocus: true })).toThrow('There is no community area number 77.')
    store.close()
  })
})
