import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createCategorySuggester, suggestCategory } from '../../../src/shared/inventory/category-suggest'
import { CATEGORIES, type Category } from '../../../src/shared/inventory/taxonomy'

// Services named the way real directories name them, each with the category a facilitator
// would choose; written apart from the synonym lists, so the share right is an honest measure.
const FIXTURE = join(__dirname, '../../fixtures/imports/directory-services.csv')

interface FixtureRow {
  term: string
  name: string
  description: string
  expected: string
}

const rows = Papa.parse<FixtureRow>(readFileSync(FIXTURE, 'utf8'), { header: true, skipEmptyLines: true }).data
const suggest = createCategorySuggester(CATEGORIES)
const categoryOf = (name: string, description?: string, term?: string) => suggest({ term, name, description })?.categoryId

const mobilePantry: Category = { id: 'mobile-food-pantry', label: 'Mobile food pantry', labelEs: 'Despensa móvil', group: 'basic-needs', custom: true }

describe('suggesting a category for an imported service', () => {
  it('suggests what a facilitator would choose for at least 80 % of a real-looking directory', () => {
    expect(rows.length).toBeGreaterThanOrEqual(45)
    const misses: string[] = []
    for (const row of rows) {
      const got = categoryOf(row.name, row.description, row.term || undefined)
      // "other" is the honest answer for some services; suggesting nothing is then just as right.
      const right = row.expected === 'other' ? got === undefined || got === 'other' : got === row.expected
      if (!right) misses.push(`${row.name}: got ${got ?? 'nothing'}, want ${row.expected}`)
    }
    const share = (rows.length - misses.length) / rows.length
    expect(share, `${misses.length} of ${rows.length} missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.8)
  })

  it('ignores case and accents', () => {
    expect(categoryOf('CONSEJERÍA')).toBe('trauma-counseling')
    expect(categoryOf('consejeria')).toBe('trauma-counseling')
    expect(categoryOf('Línea de Crisis')).toBe('crisis-line')
    expect(categoryOf('LINEA DE CRISIS')).toBe('crisis-line')
  })

  it('meets Spanish and English plurals with their singulars', () => {
    expect(categoryOf('Reubicaciones')).toBe('emergency-relocation')
    expect(categoryOf('Abogados voluntarios')).toBe('legal-aid')
    expect(categoryOf('Peacekeepers')).toBe('peacekeepers')
    expect(categoryOf('Hotlines')).toBe('crisis-line')
  })

  it('lets a phrase outweigh a single word inside it', () => {
    // "trauma" alone points at counseling; "trauma center" is a hospital.
    expect(categoryOf('Trauma center')).toBe('hospital-intervention')
    expect(categoryOf('Trauma support')).toBe('trauma-counseling')
  })

  it('lets the taxonomy term outweigh one example service’s name', () => {
    expect(categoryOf('Domestic violence hotline')).toBe('victim-advocacy')
    expect(categoryOf('Domestic violence hotline', undefined, 'Hotlines')).toBe('crisis-line')
  })

  it('leaves a term that matches nothing (a bare code) to the name', () => {
    expect(categoryOf('Violence interrupters', undefined, 'RP-1500.1400-500')).toBe('conflict-mediation')
  })

  it('suggests a custom category from its own label, in English or Spanish', () => {
    const withCustom = createCategorySuggester([...CATEGORIES, mobilePantry])
    expect(withCustom({ name: 'mobile pantry' })?.categoryId).toBe('mobile-food-pantry')
    expect(withCustom({ name: 'Despensa móvil los martes' })?.categoryId).toBe('mobile-food-pantry')
    // The broader shipped category still takes what is not the custom one's.
    expect(withCustom({ name: 'Food pantry' })?.categoryId).toBe('food-assistance')
  })

  it('reads the Spanish labels of shipped categories, from the catalog or as given', () => {
    expect(categoryOf('Pacificadores')).toBe('peacekeepers')
    const given = createCategorySuggester(CATEGORIES, { spanishLabels: new Map([['play-streets', 'Cuadras para jugar']]) })
    expect(given({ name: 'Cuadras para jugar' })?.categoryId).toBe('play-streets')
  })

  it('suggests nothing for words that point nowhere, and never suggests "other"', () => {
    expect(suggest({ name: 'Xyzzy plugh', description: 'Frobnicate the quux weekly.' })).toBeUndefined()
    expect(suggest({ name: 'Tax preparation (VITA)', description: 'Free tax return preparation by IRS-certified volunteers.' })).toBeUndefined()
    expect(suggest({ name: '' })).toBeUndefined()
    expect(categoryOf('Other service')).not.toBe('other')
  })

  it('does not suggest from a lone word of the description', () => {
    expect(suggest({ name: 'Neighborhood hub', description: 'Meals on Fridays.' })).toBeUndefined()
    expect(suggest({ name: 'Neighborhood hub', description: 'Meals and groceries on Fridays.' })?.categoryId).toBe('food-assistance')
  })

  it('says why in a few words: what matched, and where', () => {
    expect(suggest({ name: 'Violence Interrupters – Austin' })).toEqual({
      categoryId: 'conflict-mediation',
      score: expect.any(Number) as number,
      because: '"violence interrupters" in the name',
      evidence: [{ words: 'violence interrupters', field: 'name' }],
    })
    expect(suggest({ term: 'Emergency Food', name: 'Nourishing Hope' })?.because).toBe('"emergency food" in the term')
    expect(suggest({ name: 'Línea de crisis' })?.because).toBe('"línea de crisis" in the name')
  })

  it('gives the same answer one at a time as in a batch', () => {
    for (const row of rows.slice(0, 10)) {
      const input = { term: row.term || undefined, name: row.name, description: row.description }
      expect(suggestCategory(input, CATEGORIES)).toEqual(suggest(input))
    }
  })
})
