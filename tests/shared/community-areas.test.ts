import { describe, expect, it } from 'vitest'
import { areaSearchKey, matchCommunityArea, normalizeAreaName, parseAreaQuery } from '../../src/shared/community-areas'
import { COMMUNITY_AREA_SEEDS } from '../../src/shared/community-area-list'

describe('normalizeAreaName', () => {
  it('ignores case, accents, punctuation and spaces', () => {
    expect(normalizeAreaName("O'Hare")).toBe('ohare')
    expect(normalizeAreaName('OHARE')).toBe('ohare')
    expect(normalizeAreaName('  Lake   View ')).toBe('lakeview')
    expect(normalizeAreaName('Pilsén')).toBe('pilsen')
  })
})

describe('matchCommunityArea', () => {
  it.each([
    ['LAKE VIEW', 6],
    ['Lakeview', 6],
    ['OHARE', 76],
    ["O'Hare", 76],
    ['Little Village', 30],
    ['SOUTH LAWNDALE', 30],
    ['Pilsen', 31],
    ['30', 30],
    [' 1 ', 1],
  ])('matches %j to area %i', (text, number) => {
    expect(matchCommunityArea(text, COMMUNITY_AREA_SEEDS)?.number).toBe(number)
  })

  it.each(['', '   ', 'Gotham', '78', '0', 'Lawndale'])('does not guess for %j', (text) => {
    expect(matchCommunityArea(text, COMMUNITY_AREA_SEEDS)).toBeUndefined()
  })
})

describe('areaSearchKey and parseAreaQuery', () => {
  it('keys an area by its name and every variant', () => {
    expect(areaSearchKey({ name: 'South Lawndale', alsoCalled: ['Little Village'] })).toBe('southlawndale|littlevillage')
  })

  it('reads digits as a number search and other text as a name search', () => {
    expect(parseAreaQuery(' 26 ')).toEqual({ kind: 'number', number: 26 })
    expect(parseAreaQuery('Little  Village')).toEqual({ kind: 'name', key: 'littlevillage' })
    expect(parseAreaQuery(' -- ')).toEqual({ kind: 'all' })
  })
})

describe('the seeded community areas', () => {
  it('are the 77 official areas, numbered 1 to 77, with the four first-phase areas', () => {
    expect(COMMUNITY_AREA_SEEDS.map((a) => a.number)).toEqual(Array.from({ length: 77 }, (_, i) => i + 1))
    expect(COMMUNITY_AREA_SEEDS.filter((a) => a.firstPhase).map((a) => a.name)).toEqual([
      'West Garfield Park',
      'North Lawndale',
      'South Lawndale',
      'Englewood',
    ])
  })
})
