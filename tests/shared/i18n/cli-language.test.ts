import { describe, expect, it } from 'vitest'
import { cliLanguage } from '../../../src/shared/i18n/cli-language'
import { word } from '../../../src/shared/i18n/said'

describe('the command-line tools’ language', () => {
  it('follows --lang first, in either spelling, and leaves the other arguments', () => {
    expect(cliLanguage(['a.yaml', '--lang', 'es', 'b.yaml'], { LANG: 'en_US.UTF-8' })).toEqual({ ok: true, language: 'es', given: true, rest: ['a.yaml', 'b.yaml'] })
    expect(cliLanguage(['--lang=en', 'a.yaml'], { LC_ALL: 'es_MX.UTF-8' })).toEqual({ ok: true, language: 'en', given: true, rest: ['a.yaml'] })
  })

  it('refuses a language it does not speak', () => {
    const refused = cliLanguage(['--lang', 'fr'], {})
    expect(refused).toEqual({ ok: false, language: 'en', problem: { key: 'cli.report.lang', values: { value: 'fr' } } })
    expect(refused.ok === false && word(refused.language, refused.problem)).toBe('--lang must be en or es, not "fr"')
    expect(cliLanguage(['--lang'], {})).toMatchObject({ ok: false })
  })

  it('else follows the shell’s locale, LC_ALL before LC_MESSAGES before LANG, Spanish for any es*', () => {
    expect(cliLanguage([], { LANG: 'es_US.UTF-8' })).toMatchObject({ language: 'es' })
    expect(cliLanguage([], { LANG: 'es' })).toMatchObject({ language: 'es' })
    expect(cliLanguage([], { LC_ALL: 'en_US.UTF-8', LANG: 'es_MX.UTF-8' })).toMatchObject({ language: 'en' })
    expect(cliLanguage([], { LC_ALL: '', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_US' })).toMatchObject({ language: 'es' })
    expect(cliLanguage([], { LANG: 'est_EE' })).toMatchObject({ language: 'en' })
  })

  it('else speaks English', () => {
    expect(cliLanguage([], {})).toMatchObject({ language: 'en' })
    expect(cliLanguage([], { LANG: 'C.UTF-8' })).toMatchObject({ language: 'en' })
  })
})
