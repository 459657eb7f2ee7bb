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
import { textKey } from '../text-key'
import { CATEGORY_SYNONYMS, IGNORED_WORDS } from './category-synonyms'
import type { Category } from './taxonomy'

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

const DIGITS = /^[0-9]+$/

/**
 * A light stem that makes English and Spanish plurals meet their singulars: "families" → "family",
 * "services" → "servic" = "service", "jóvenes" → "joven", "reubicaciones" → "reubicacion". It
 * only has to send a singular and its plural to the same key, never to produce a real word.
 */
function stem(word: string): string {
  if (word.length <= 3) return word
  let s = word
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1)
  // A final e drops after the plural so "jovene(s)" meets "joven"; short words keep it ("care" is not "car").
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1)
  return s
}

/**
 * Whether a character code is part of a word. Scanned by hand rather than split by a Unicode regex,
 * which took most of the time on a large import. Outside ASCII, the Latin-1 punctuation (¿ ¡ « »
 * and the no-break space) and the General Punctuation block (– — ’ “ ” … •) separate words;
 * everything else is taken as a letter, and textKey drops any symbol that slips into a word.
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  if (code >= 0xa0 && code <= 0xbf) return false
  if (code === 0xd7 || code === 0xf7) return false
  return code < 0x2000 || code > 0x206f
}

/** The stem of one raw token, or '' when it carries no meaning (a stopword, a lone letter). */
function stemOf(token: string): string {
  const key = textKey(token)
  if (key.length < 2 || IGNORED_WORDS.has(key)) return ''
  return stem(key)
}

/** Calls `visit` with each word of the text as written. */
function eachToken(text: string, visit: (token: string) => void): void {
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i
    } else if (start >= 0) {
      visit(text.slice(start, i))
      start = -1
    }
  }
}

function stemsOf(text: string): string[] {
  const stems: string[] = []
  eachToken(text, (token) => {
    const value = stemOf(token)
    if (value !== '') stems.push(value)
  })
  return stems
}

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
function describe(contributions: readonly Contribution[], category: number): string {
  let first: Contribution | undefined
  let second: Contribution | undefined
  for (const c of contributions) {
    if (c.category !== category) continue
    if (!first || c.value > first.value) [first, second] = [c, first]
    else if (!second || c.value > second.value) second = c
  }
  if (!first) return ''
  const one = quoted(first)
  const two = second && quoted(second)
  if (!second || two === one) return `"${one}" in the ${first.field}`
  if (second.field === first.field) return `"${one}" and "${two}" in the ${first.field}`
  return `"${one}" in the ${first.field}, "${two}" in the ${second.field}`
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
    return {
      categoryId: categories[best]!.id,
      score: Math.round(scores[best]! * 100) / 100,
      because: describe(contributions, best),
    }
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
