import { describe, expect, it } from 'vitest'
import { resolveLanguage, systemLanguage } from '../../../src/shared/i18n/choose-language'

describe('the language the app speaks', () => {
  it('follows the system: the first language it prefers that Roundtable speaks, else English', () => {
    expect(systemLanguage(['es-US', 'en-US'])).toBe('es')
    expect(systemLanguage(['es_MX'])).toBe('es')
    expect(systemLanguage(['pl-PL', 'es-419'])).toBe('es')
    expect(systemLanguage(['pl-PL', 'zh-CN'])).toBe('en')
    expect(systemLanguage([])).toBe('en')
  })
  it('is the facilitator’s choice when they made one', () => {
    expect(resolveLanguage('en', ['es-US'])).toBe('en')
    expect(resolveLanguage('es', ['en-US'])).toBe('es')
    expect(resolveLanguage('system', ['es-US'])).toBe('es')
  })
})
