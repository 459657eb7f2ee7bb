import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { CATALOGS, LANGUAGES, type MessageKey } from '../../../src/shared/i18n/catalog'
import { formatMessage } from '../../../src/shared/i18n/format'

/** Each {argument} of a message with its kind (plain, number, plural, select…), nested ones included. */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Map<string, string>()): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, found)
      continue
    }
    found.set(element.value, TYPE[element.type])
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found)
    }
  }
  return found
}

const keys = Object.keys(CATALOGS.en) as MessageKey[]

describe('the message catalogs', () => {
  it('have the same keys in English and Spanish, in order', () => {
    expect(Object.keys(CATALOGS.es)).toEqual(keys)
    expect([...keys].sort()).toEqual(keys)
  })

  it.each(LANGUAGES)('hold only non-empty messages that parse as ICU MessageFormat (%s)', (language) => {
    for (const key of keys) {
      const text = CATALOGS[language][key]
      expect(text.trim(), key).not.toBe('')
      expect(() => parse(text), `${language} ${key}`).not.toThrow()
    }
  })

  it('use the same arguments, of the same kinds, in both languages', () => {
    for (const key of keys) {
      expect(argumentsOf(parse(CATALOGS.es[key])), key).toEqual(argumentsOf(parse(CATALOGS.en[key])))
    }
  })

  it('word errors in either language with their values', () => {
    expect(formatMessage('en', 'error.area.notFound', { number: 78 })).toBe('There is no community area number 78.')
    expect(formatMessage('es', 'error.area.notFound', { number: 78 })).toBe('No existe el área comunitaria número 78.')
  })
})
