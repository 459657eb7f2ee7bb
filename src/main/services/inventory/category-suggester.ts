// The import's category suggestions. (Interim: a term that is a category's own name.)
import { textKey } from '../../../shared/text-key'
import type { Category } from '../../../shared/inventory/taxonomy'
import type { CategorySuggester } from './import-mapping'

export function categorySuggesterFor(categories: readonly Category[]): CategorySuggester {
  const byLabel = new Map(categories.map((c) => [textKey(c.label), c.id]))
  return ({ term, name }) => {
    const id = byLabel.get(textKey(term ?? name))
    return id ? { categoryId: id, because: 'the category’s own name' } : undefined
  }
}
