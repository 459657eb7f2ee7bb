// Which language the app speaks: the facilitator's choice, or the system's (the operating system
// under Electron, the browser under serve) when they chose to follow it — Spanish for any Spanish
// locale, else English.
import type { Language } from './catalog'

export const LANGUAGE_CHOICES = ['system', 'en', 'es'] as const
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]

/** The first of the system's languages Roundtable speaks, else English. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if (base === 'es' || base === 'en') return base
  }
  return 'en'
}

export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  return choice === 'system' ? systemLanguage(preferred) : choice
}
