// The words of a directory's text as the category suggester compares them: split by hand (fast on a
// 50,000-row import), folded by textKey, stopwords dropped, and stemmed so singular and plural meet.
import { textKey } from '../text-key'
import { IGNORED_WORDS } from './category-synonyms'

export const DIGITS = /^[0-9]+$/

/**
 * A light stem that makes English and Spanish plurals meet their singulars: "families" → "family",
 * "services" → "servic" = "service", "jóvenes" → "joven", "reubicaciones" → "reubicacion". It
 * only has to send a singular and its plural to the same key, never to produce a real word.
 */
export function stem(word: string): string {
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
export function stemOf(token: string): string {
  const key = textKey(token)
  if (key.length < 2 || IGNORED_WORDS.has(key)) return ''
  return stem(key)
}

/** Calls `visit` with each word of the text as written. */
export function eachToken(text: string, visit: (token: string) => void): void {
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

export function stemsOf(text: string): string[] {
  const stems: string[] = []
  eachToken(text, (token) => {
    const value = stemOf(token)
    if (value !== '') stems.push(value)
  })
  return stems
}
