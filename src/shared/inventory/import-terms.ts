// The words of a source Roundtable does not know — a taxonomy term (or, with none, a service's own
// name) with no Roundtable category, an area name that is no community area — gathered once per
// distinct word, and the facilitator's choice for each applied to every row that uses it.
import { textKey } from '../text-key'
import type { ImportedRow } from './roundtable-csv'

/** Where an area term goes: a community area, the whole city, or nowhere (left out). */
export type AreaTarget = number | 'citywide' | null

export interface ImportMapping {
  /** By term key (textKey of the term): a category id. */
  categories: Map<string, string>
  areas: Map<string, AreaTarget>
}

export interface CategoryTermRows {
  key: string
  term: string
  /** Whether the term is a taxonomy term of the source, or only the service's own name. */
  fromTaxonomy: boolean
  services: { name: string; description: string }[]
}

export interface AreaTermRows {
  key: string
  term: string
  serviceCount: number
}

export function emptyMapping(): ImportMapping {
  return { categories: new Map(), areas: new Map() }
}

/** Every distinct unknown term of the rows, in the order first seen. */
export function termsOf(rows: readonly ImportedRow[]): { categories: CategoryTermRows[]; areas: AreaTermRows[] } {
  const categories = new Map<string, CategoryTermRows>()
  const areas = new Map<string, AreaTermRows>()
  for (const { service } of rows) {
    const { categoryTerm } = service
    if (categoryTerm) {
      const key = textKey(categoryTerm.text)
      let entry = categories.get(key)
      if (!entry) {
        entry = { key, term: categoryTerm.text, fromTaxonomy: categoryTerm.fromTaxonomy, services: [] }
        categories.set(key, entry)
      }
      entry.services.push({ name: service.name, description: service.description })
    }
    for (const area of new Set(service.unknownAreas ?? [])) {
      const key = textKey(area)
      const entry = areas.get(key)
      if (entry) entry.serviceCount++
      else areas.set(key, { key, term: area, serviceCount: 1 })
    }
  }
  return { categories: [...categories.values()], areas: [...areas.values()] }
}

/** The rows with the mapping applied: categories for their terms, areas for their names. */
export function withMapping(rows: readonly ImportedRow[], mapping: ImportMapping): ImportedRow[] {
  return rows.map((row) => {
    const { service } = row
    if (!service.categoryTerm && !service.unknownAreas?.length) return row
    const category = service.categoryTerm ? (mapping.categories.get(textKey(service.categoryTerm.text)) ?? 'other') : service.category
    let citywide = service.citywide
    const areaNumbers = new Set(service.areaNumbers)
    for (const area of service.unknownAreas ?? []) {
      const target = mapping.areas.get(textKey(area))
      if (target === 'citywide') citywide = true
      else if (typeof target === 'number') areaNumbers.add(target)
    }
    return {
      ...row,
      service: { ...service, category, citywide, areaNumbers: citywide ? [] : [...areaNumbers].sort((a, b) => a - b) },
    }
  })
}
