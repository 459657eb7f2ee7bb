// Suggests a Roundtable category for an imported service from the words of its taxonomy term, its
// name and its description, so that a city directory whose terms Roundtable does not know does not
// land wholly in "other". Pure and synchronous: the import preview calls it once per distinct term.
//
// How a category scores: each of its phrases found in the text (a synonym from category-synonyms,
// its English label, its Spanish label) adds a weight that grows with the phrase's length, times
// the weight of the field it was found in (term > name > description). Words of a label found
// apart ("mobile pantry" for "Mobile food pantry") add less, and less still when many categories
// share the word ("street"). Below a floor nothing is suggested: a wrong guess costs the
// facilitator more than an empty cell, and "other" is never suggested.
import { CATALOGS, isMessageKey } from '../i18n/catalog'
import { CATEGORY_SYNONYMS } from './category-synonyms'
import type { Category } from './taxonomy'
import { DIGITS, eachToken, stemOf, stemsOf } from './category-words'

export interface CategorySuggestionInput {
  /** The source's taxonomy term (its name or code), when the service links one. */
  term?: string | undefined
  name: string
  description?: string | undefined
}

export interface CategorySuggestion {
  categoryId: string
  /** How strongly the words point at the category: 1.5 is the floor, 4 or more is a clear match. */
  score: number
  /** A short English note on the words that led to it: `"violence interrupters" in the name`. */
  because: string
  /** The same, as data the page words in its own language: the one or two phrases that weighed most, and where. */
  evidence: { words: string; field: 'term' | 'name' | 'description' }[]
}

export interface CategorySuggesterOptions {
  /** Spanish labels of shipped categories by id; the app's Spanish catalog when not given. */
  spanishLabels?: ReadonlyMap<string, string> | undefined
}

export type CategorySuggester = (input: CategorySuggestionInput) => CategorySuggestion | undefined

type FieldName = 'term' | 'name' | 'description'

// The term names a whole class of services, so it outweighs one service's name, which in turn
// says more than a description that also mentions what the service is not.
const TERM_WEIGHT = 4
const WITH_TERM = { name: 1, description: 0.5 }
const WITHOUT_TERM = { name: 2, description: 1 }
/** One synonym word in the name (2) is enough; one in the description alone (1) is not. */
const MIN_SCORE = 1.5
/** A label's word found on its own counts for this much, divided among the categories that use it. */
const LABEL_WORD_WEIGHT = 0.6
// A custom category's words count half again: the facilitator wrote it for their own directory, so
// where it and a broader shipped one both fit ("mobile pantry": their "Mobile food pantry", or Food
// assistance), theirs is the likelier meaning.
const CUSTOM_WEIGHT = 1.5
const WORD_CACHE_LIMIT = 100_000

/** A stopword, left out of the words. */
const SKIP = -1
/** A word no category uses: kept, so a phrase cannot match across it. */
const UNKNOWN = -2

interface Words {
  /** The id of each meaningful word's stem (UNKNOWN when no category uses it). */
  ids: number[]
  /** Every token as written (stopwords too), for quoting a match in the explanation. */
  shown: string[]
  /** For each id, the index of its token in `shown`. */
  at: number[]
}

interface Phrase { ids: readonly number[]; category: number; weight: number }
interface LabelWord { category: number; weight: number }
interface Match { start: number; end: number; phrase: Phrase }
interface LabelHit { category: number; id: number; weight: number; token: number }

interface Contribution {
  category: number
  value: number
  field: FieldName
  words: Words
  /** The tokens quoted for it (indices into words.shown); worded only for the winner. */
  tokens: readonly number[]
}

/** 1, 2.5, 4, 5.5…: a phrase is worth more than its words found one by one. */
const phraseWeight = (length: number) => 1.5 * length - 0.5
const longestFirst = (a: Match, b: Match) => b.end - b.start - (a.end - a.start)
const byCategory = (a: LabelHit, b: LabelHit) => a.category - b.category

function spanishLabelOf(category: Category, given: ReadonlyMap<string, string> | undefined): string | undefined {
  if (category.custom) return category.labelEs
  const fromCaller = given?.get(category.id)
  if (fromCaller !== undefined) return fromCaller
  const key = `category.${category.id}`
  return isMessageKey(key) ? CATALOGS.es[key] : undefined
}

function quoted(contribution: Contribution): string {
  return contribution.tokens.map((i) => contribution.words.shown[i]!.toLowerCase()).join(' ')
}

/** The category's one or two strongest reasons, in a few words. */
/** The one or two contributions that weighed most for the category, as words and where they were found. */
function evidenceOf(contributions: readonly Contribution[], category: number): CategorySuggestion['evidence'] {
  let first: Contribution | undefined
  let second: Contribution | undefined
  for (const c of contributions) {
    if (c.category !== category) continue
    if (!first || c.value > first.value) [first, second] = [c, first]
    else if (!second || c.value > second.value) second = c
  }
  const found = [first, second].filter((c): c is Contribution => c !== undefined).map((c) => ({ words: quoted(c), field: c.field }))
  return found.length === 2 && found[0]!.words === found[1]!.words ? [found[0]!] : found
}

/** The evidence in a few English words: `"violence interrupters" in the name`. */
function describe(evidence: CategorySuggestion['evidence']): string {
  const [one, two] = evidence
  if (!one) return ''
  if (!two) return `"${one.words}" in the ${one.field}`
  if (two.field === one.field) return `"${one.words}" and "${two.words}" in the ${one.field}`
  return `"${one.words}" in the ${one.field}, "${two.words}" in the ${two.field}`
}

/** The phrases and label words of the categories, keyed by stem id. */
function indexCategories(categories: readonly Category[], options: CategorySuggesterOptions) {
  const stemIds = new Map<string, number>()
  const idOf = (stem: string) => {
    let id = stemIds.get(stem)
    if (id === undefined) stemIds.set(stem, (id = stemIds.size))
    return id
  }
  const phraseUse = new Map<string, number>()
  const stemUse: number[] = []
  const found: { category: number; ids: number[]; key: string }[] = []
  const labelIds: Set<number>[] = []
  categories.forEach((category, index) => {
    labelIds.push(new Set())
    if (category.id === 'other') return
    const labels = [category.label, spanishLabelOf(category, options.spanishLabels)].filter((l): l is string => !!l)
    const synonyms = category.custom ? [] : (CATEGORY_SYNONYMS[category.id] ?? [])
    const seen = new Set<string>()
    const used = new Set<number>()
    for (const text of [...labels, ...synonyms]) {
      const ids = stemsOf(text).map(idOf)
      const key = ids.join(' ')
      if (ids.length === 0 || seen.has(key)) continue
      seen.add(key)
      found.push({ category: index, ids, key })
      phraseUse.set(key, (phraseUse.get(key) ?? 0) + 1)
      for (const id of ids) used.add(id)
    }
    for (const label of labels) {
      const stems = stemsOf(label)
      // A one-word label is already a phrase; only longer labels lend their words one by one.
      // Numbers ("14–24") say nothing about the kind of service when found apart.
      if (stems.length > 1) for (const s of stems) if (!DIGITS.test(s)) labelIds[index]!.add(idOf(s))
    }
    for (const id of used) stemUse[id] = (stemUse[id] ?? 0) + 1
  })
  const weightOf = (category: number) => (categories[category]!.custom ? CUSTOM_WEIGHT : 1)
  // Filled to full length first, so the engine keeps them as plain arrays rather than sparse ones.
  const byId = <T>(): (T[] | undefined)[] => Array.from({ length: stemIds.size }, () => undefined)
  const phrasesByFirst = byId<Phrase>()
  for (const { category, ids, key } of found) {
    // A phrase two categories share points at neither: it is split between them.
    const weight = (weightOf(category) * phraseWeight(ids.length)) / (phraseUse.get(key) ?? 1)
    ;(phrasesByFirst[ids[0]!] ??= []).push({ ids, category, weight })
  }
  const labelWords = byId<LabelWord>()
  labelIds.forEach((ids, category) => {
    for (const id of ids) {
      ;(labelWords[id] ??= []).push({ category, weight: (weightOf(category) * LABEL_WORD_WEIGHT) / (stemUse[id] ?? 1) })
    }
  })
  return { stemIds, phrasesByFirst, labelWords }
}

/**
 * Builds a suggester for these categories (shipped and custom), with every phrase tokenized once:
 * call it once per import and then once per distinct term. "other" is never suggested.
 */
export function createCategorySuggester(categories: readonly Category[], options: CategorySuggesterOptions = {}): CategorySuggester {
  const { stemIds, phrasesByFirst, labelWords } = indexCategories(categories, options)

  // Each word as written → its stem's id, so a word seen before costs one lookup.
  const wordCache = new Map<string, number>()
  const idOfToken = (token: string): number => {
    let id = wordCache.get(token)
    if (id === undefined) {
      // Bounded, so a huge import of unusual words cannot grow it without end.
      if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear()
      const value = stemOf(token)
      id = value === '' ? SKIP : (stemIds.get(value) ?? UNKNOWN)
      wordCache.set(token, id)
    }
    return id
  }
  const wordsOf = (text: string | undefined): Words => {
    const words: Words = { ids: [], shown: [], at: [] }
    eachToken(text ?? '', (token) => {
      const id = idOfToken(token)
      if (id !== SKIP) {
        words.ids.push(id)
        words.at.push(words.shown.length)
      }
      words.shown.push(token)
    })
    return words
  }

  // Scores reused by every call (the suggester is synchronous, so calls never overlap): only the
  // categories a call touched are reset, rather than a map built per row.
  const scores = new Float64Array(categories.length)
  let touched: number[] = []
  let contributions: Contribution[] = []

  const add = (contribution: Contribution): void => {
    const { category } = contribution
    if (scores[category] === 0) touched.push(category)
    scores[category] = scores[category]! + contribution.value
    contributions.push(contribution)
  }
  const coveredFor = (accepted: readonly Match[], category: number, position: number): boolean => {
    for (const t of accepted) if (t.phrase.category === category && t.start <= position && position < t.end) return true
    return false
  }

  /** Adds one field's matches to the running scores. */
  const scoreField = (words: Words, field: FieldName, fieldWeight: number): void => {
    const { ids, at } = words
    const matches: Match[] = []
    for (let i = 0; i < ids.length; i++) {
      const candidates = ids[i]! >= 0 ? phrasesByFirst[ids[i]!] : undefined
      if (!candidates) continue
      for (const phrase of candidates) {
        const end = i + phrase.ids.length
        if (end > ids.length) continue
        let same = true
        for (let k = 1; k < phrase.ids.length && same; k++) same = ids[i + k] === phrase.ids[k]
        if (same) matches.push({ start: i, end, phrase })
      }
    }
    // Longest first, so "food pantry" takes its words and "pantry" inside it adds nothing more.
    // (Sorting is skipped when there is nothing to order: it costs more than the rest of a row.)
    if (matches.length > 1) matches.sort(longestFirst)
    const accepted: Match[] = []
    next: for (const match of matches) {
      const { category } = match.phrase
      // Inside a longer match of the same category, or a phrase said twice: counted once.
      for (const t of accepted) {
        if (t.phrase.category === category && ((t.start <= match.start && match.end <= t.end) || t.phrase === match.phrase)) continue next
      }
      accepted.push(match)
      const tokens: number[] = []
      for (let t = at[match.start]!; t <= at[match.end - 1]!; t++) tokens.push(t)
      add({ category, value: match.phrase.weight * fieldWeight, field, words, tokens })
    }

    const hits: LabelHit[] = []
    for (let i = 0; i < ids.length; i++) {
      const entries = ids[i]! >= 0 ? labelWords[ids[i]!] : undefined
      if (!entries) continue
      next: for (const { category, weight } of entries) {
        if (coveredFor(accepted, category, i)) continue
        for (const h of hits) if (h.category === category && h.id === ids[i]) continue next
        hits.push({ category, id: ids[i]!, weight, token: at[i]! })
      }
    }
    // Grouped by category (a stable sort keeps each one's words in reading order).
    if (hits.length > 1) hits.sort(byCategory)
    for (let h = 0; h < hits.length; ) {
      const { category } = hits[h]!
      let sum = 0
      const tokens: number[] = []
      for (; h < hits.length && hits[h]!.category === category; h++) {
        sum += hits[h]!.weight
        tokens.push(hits[h]!.token)
      }
      // Two words of one label together are stronger evidence than either alone.
      add({ category, value: sum * tokens.length * fieldWeight, field, words, tokens })
    }
  }

  return (input) => {
    for (const category of touched) scores[category] = 0
    touched = []
    contributions = []
    const term = wordsOf(input.term)
    if (term.ids.length > 0) scoreField(term, 'term', TERM_WEIGHT)
    // The term is what the facilitator maps, for every service that carries it; the name and
    // description are one example service's, so they only tip the balance. A term that points
    // nowhere clearly (a bare code, "Services") leaves them to speak at full weight.
    let termScore = 0
    for (const category of touched) termScore = Math.max(termScore, scores[category]!)
    const weights = termScore >= MIN_SCORE ? WITH_TERM : WITHOUT_TERM
    const name = wordsOf(input.name)
    if (name.ids.length > 0) scoreField(name, 'name', weights.name)
    const description = wordsOf(input.description)
    if (description.ids.length > 0) scoreField(description, 'description', weights.description)
    let best = -1
    for (const category of touched) {
      // Ties go to the category listed first, so the answer never depends on the order words appear.
      if (best < 0 || scores[category]! > scores[best]! || (scores[category] === scores[best] && category < best)) best = category
    }
    if (best < 0 || scores[best]! < MIN_SCORE) return undefined
    const evidence = evidenceOf(contributions, best)
    return { categoryId: categories[best]!.id, score: Math.round(scores[best]! * 100) / 100, because: describe(evidence), evidence }
  }
}

const sharedSuggesters = new WeakMap<readonly Category[], CategorySuggester>()

/**
 * The category to suggest for one service, or undefined when its words point nowhere clearly.
 * For many services, build one suggester with createCategorySuggester; this keeps one per
 * categories list it is given (when no options are), so repeated calls stay cheap too.
 */
export function suggestCategory(input: CategorySuggestionInput, categories: readonly Category[], options?: CategorySuggesterOptions): CategorySuggestion | undefined {
  if (options) return createCategorySuggester(categories, options)(input)
  let suggester = sharedSuggesters.get(categories)
  if (!suggester) sharedSuggesters.set(categories, (suggester = createCategorySuggester(categories)))
  return suggester(input)
}
