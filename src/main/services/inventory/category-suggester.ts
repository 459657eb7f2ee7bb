// The import's category suggestions: one suggester per import, over the categories the inventory
// knows then (the facilitator's own included), asked once per distinct term.
import { createCategorySuggester } from '../../../shared/inventory/category-suggest'
import type { Category } from '../../../shared/inventory/taxonomy'
import type { CategorySuggester } from './import-mapping'

export function categorySuggesterFor(categories: readonly Category[]): CategorySuggester {
  return createCategorySuggester(categories)
}
