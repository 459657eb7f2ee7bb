// The mapping tables of an import: each unknown term of the source with the category (or area)
// it gets — remembered from the last import of the same source, else suggested, else none — and
// the facilitator's changes to them.
import { AppError } from '../../../shared/errors'
import { termsOf, type AreaTarget, type ImportMapping } from '../../../shared/inventory/import-terms'
import type { ImportPreview, ImportRemap, MAPPING_HOWS } from '../../../shared/inventory/model'
import type { ImportedRow } from '../../../shared/inventory/roundtable-csv'
import type { Category } from '../../../shared/inventory/taxonomy'

type How = (typeof MAPPING_HOWS)[number]

/** Suggests a category for a term (a taxonomy term, or a service's name and description). */
export type CategorySuggester = (input: { term?: string | undefined; name: string; description?: string | undefined }) =>
  | { categoryId: string; because: string; evidence: Evidence }
  | undefined

type Evidence = ImportPreview['categoryTerms'][number]['evidence']

const MAX_TERMS_LISTED = 500
const EXAMPLES_SHOWN = 3

/** An import's mapping as it stands, with how each choice was made. */
export interface MappingState {
  mapping: ImportMapping
  how: Map<string, How>
  because: Map<string, string>
  evidence: Map<string, Evidence>
  terms: ReturnType<typeof termsOf>
}

const howKey = (kind: 'category' | 'area', key: string) => `${kind}:${key}`

export function startMapping(rows: readonly ImportedRow[], remembered: ImportMapping, suggest: CategorySuggester, categories: readonly Category[]): MappingState {
  const known = new Set(categories.map((c) => c.id))
  const terms = termsOf(rows)
  const state: MappingState = { mapping: { categories: new Map(), areas: new Map() }, how: new Map(), because: new Map(), evidence: new Map(), terms }
  for (const term of terms.categories) {
    const kept = remembered.categories.get(term.key)
    if (kept !== undefined && known.has(kept)) {
      state.mapping.categories.set(term.key, kept)
      state.how.set(howKey('category', term.key), 'remembered')
      continue
    }
    const [first] = term.services
    const suggestion = term.fromTaxonomy
      ? (suggest({ term: term.term, name: first?.name ?? term.term, description: first?.description }) ?? undefined)
      : suggest({ name: term.term, description: first?.description })
    if (suggestion && known.has(suggestion.categoryId)) {
      state.mapping.categories.set(term.key, suggestion.categoryId)
      state.how.set(howKey('category', term.key), 'suggested')
      state.because.set(term.key, suggestion.because)
      state.evidence.set(term.key, suggestion.evidence)
    } else {
      state.how.set(howKey('category', term.key), 'none')
    }
  }
  for (const term of terms.areas) {
    const kept = remembered.areas.get(term.key)
    if (kept !== undefined) {
      state.mapping.areas.set(term.key, kept)
      state.how.set(howKey('area', term.key), 'remembered')
    } else {
      state.how.set(howKey('area', term.key), 'none')
    }
  }
  return state
}

/** Applies the facilitator's choices; a category must be one the inventory knows. */
export function changeMapping(state: MappingState, choices: ImportRemap, categories: readonly Category[]): void {
  const known = new Set(categories.map((c) => c.id))
  for (const { key, categoryId } of choices.categories) {
    if (!known.has(categoryId)) throw new AppError('INVALID_INPUT', 'error.category.unknown', { category: categoryId })
    state.mapping.categories.set(key, categoryId)
    state.how.set(howKey('category', key), 'chosen')
  }
  for (const { key, target } of choices.areas) {
    state.mapping.areas.set(key, target)
    state.how.set(howKey('area', key), 'chosen')
  }
}

/** The mapping tables as the preview shows them. */
export function mappingTables(state: MappingState): Pick<ImportPreview, 'categoryTerms' | 'areaTerms'> {
  return {
    categoryTerms: state.terms.categories.slice(0, MAX_TERMS_LISTED).map((term) => ({
      key: term.key,
      term: term.term,
      fromTaxonomy: term.fromTaxonomy,
      categoryId: state.mapping.categories.get(term.key) ?? 'other',
      how: state.how.get(howKey('category', term.key)) ?? 'none',
      because: state.because.get(term.key) ?? '',
      evidence: state.how.get(howKey('category', term.key)) === 'suggested' ? (state.evidence.get(term.key) ?? []) : [],
      serviceCount: term.services.length,
      examples: term.services.slice(0, EXAMPLES_SHOWN).map((s) => s.name),
    })),
    areaTerms: state.terms.areas.slice(0, MAX_TERMS_LISTED).map((term) => ({
      key: term.key,
      term: term.term,
      target: state.mapping.areas.get(term.key) ?? null,
      how: state.how.get(howKey('area', term.key)) ?? 'none',
      serviceCount: term.serviceCount,
    })),
  }
}

/** Every choice of the mapping, to remember for the next import from this source. */
export function choicesToRemember(state: MappingState): { kind: 'category' | 'area'; key: string; term: string; target: string | AreaTarget }[] {
  return [
    ...state.terms.categories
      .filter((t) => state.mapping.categories.has(t.key))
      .map((t) => ({ kind: 'category' as const, key: t.key, term: t.term, target: state.mapping.categories.get(t.key)! })),
    ...state.terms.areas
      .filter((t) => state.mapping.areas.has(t.key))
      .map((t) => ({ kind: 'area' as const, key: t.key, term: t.term, target: state.mapping.areas.get(t.key)! })),
  ]
}
