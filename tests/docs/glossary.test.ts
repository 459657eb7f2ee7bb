// docs/glossary.md fixes the Spanish word for each word of the domain; its "Checked" column is held
// against the catalogs here, so a message that drifts to another word fails.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATALOGS, type MessageKey } from '../../src/shared/i18n/catalog'

const doc = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8')

interface CheckedTerm {
  english: string
  forms: string[]
}

/** The glossary's rows with a Checked cell: the English word (before any parenthesis) and its Spanish forms. */
function checkedTerms(markdown: string): CheckedTerm[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[3] !== '')
    .map((cells) => ({
      english: cells[1]!.replace(/\s*\(.*\)$/, ''),
      forms: cells[3]!.split(',').map((form) => form.trim().toLowerCase()),
    }))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('docs/glossary.md', () => {
  const terms = checkedTerms(doc)

  it('checks the words the app uses most', () => {
    for (const word of ['inject', 'need', 'gap', 'lead', 'block club', 'town hall', 'concern']) {
      expect(terms.map((term) => term.english)).toContain(word)
    }
  })

  it.each(checkedTerms(doc).map((term) => [term.english, term] as const))('is followed by every message using “%s”', (_, term) => {
    const english = new RegExp(`\\b${escape(term.english)}`, 'i')
    const keys = (Object.keys(CATALOGS.en) as MessageKey[]).filter((key) => english.test(CATALOGS.en[key]))
    expect(keys.length, 'no message uses this word: drop the check or fix the word').toBeGreaterThan(0)
    const drifted = keys.filter((key) => {
      const spanish = CATALOGS.es[key].toLowerCase()
      // A Spanish message may quote the English word itself (a command-line option, an example to type).
      if (english.test(spanish)) return false
      return !term.forms.some((form) => spanish.includes(form))
    })
    expect(drifted.map((key) => `${key}: ${CATALOGS.es[key]}`)).toEqual([])
  })
})
