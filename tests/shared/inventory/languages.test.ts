import { describe, expect, it } from 'vitest'
import { LANGUAGE_NAMES, languageLabel, parseLanguage, SPANISH_LANGUAGE_NAMES } from '../../../src/shared/inventory/languages'

describe('languages', () => {
  it('knows every language by its English and its Spanish name, so an editor reads back what it showed', () => {
    expect(Object.keys(SPANISH_LANGUAGE_NAMES).sort()).toEqual(Object.keys(LANGUAGE_NAMES).sort())
    for (const code of Object.keys(LANGUAGE_NAMES)) {
      expect(parseLanguage(languageLabel(code, 'en'))).toBe(code)
      expect(parseLanguage(languageLabel(code, 'es'))).toBe(code)
    }
  })

  it('reads Spanish names as people type them: any case, with or without accents', () => {
    expect(parseLanguage('Inglés')).toBe('en')
    expect(parseLanguage('ingles')).toBe('en')
    expect(parseLanguage('POLACO')).toBe('pl')
    expect(parseLanguage('árabe')).toBe('ar')
    expect(parseLanguage('Criollo haitiano')).toBe('ht')
    expect(parseLanguage('lengua de señas americana')).toBe('ase')
    expect(parseLanguage('castellano')).toBe('es')
    expect(parseLanguage('klingon')).toBeUndefined()
  })

  it('names languages in Spanish in lower case, as Spanish writes them mid-sentence', () => {
    expect(languageLabel('en', 'es')).toBe('inglés')
    expect(languageLabel('es', 'es-US')).toBe('español')
    expect(languageLabel('Spanish', 'en')).toBe('Spanish')
  })
})
