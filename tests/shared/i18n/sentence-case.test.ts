import { describe, expect, it } from 'vitest'
import { atStartOfSentence } from '../../../src/shared/i18n/sentence-case'

describe('atStartOfSentence', () => {
  it('capitalises the first word only, so a language named mid-phrase stays lower case in Spanish', () => {
    expect(atStartOfSentence('inglés y español', 'es')).toBe('Inglés y español')
    expect(atStartOfSentence('English and Spanish', 'en')).toBe('English and Spanish')
  })

  it('capitalises the first letter after a bracket or a quote, and leaves text with no letter as it is', () => {
    expect(atStartOfSentence('«español»', 'es')).toBe('«Español»')
    expect(atStartOfSentence('(otro idioma)', 'es')).toBe('(Otro idioma)')
    expect(atStartOfSentence('', 'es')).toBe('')
    expect(atStartOfSentence('—', 'es')).toBe('—')
  })

  it('upper-cases as the locale does (Turkish dotted i)', () => {
    expect(atStartOfSentence('istanbul', 'tr')).toBe('İstanbul')
  })
})
