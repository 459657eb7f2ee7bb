// Words that open a sentence or a table cell start with a capital, in the reader's language. The
// catalogs give words as they read mid-sentence — in Spanish a language's name is lower case
// ("inglés y español") — and this capitalises them where they stand first ("Inglés y español").

/** The text with its first letter in upper case, as `locale` writes it; anything before that letter (a quote, a bracket) is kept. */
export function atStartOfSentence(text: string, locale: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase(locale))
}
