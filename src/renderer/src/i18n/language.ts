// The language the app speaks now, and the facilitator's choice behind it ("as this computer is
// set", English or Spanish), held outside React so that code running in callbacks (error messages,
// undo labels) words things in it too, and every control showing the choice agrees; the
// document's `lang` follows it.
import type { Language } from '../../../shared/i18n/catalog'
import type { LanguageChoice } from '../../../shared/i18n/choose-language'

let current: Language = 'en'
let choice: LanguageChoice = 'system'
const listeners = new Set<() => void>()

export function currentLanguage(): Language {
  return current
}

export function currentLanguageChoice(): LanguageChoice {
  return choice
}

export function setLanguage(language: Language, chosen: LanguageChoice = choice): void {
  if (language === current && chosen === choice) return
  current = language
  choice = chosen
  document.documentElement.lang = language
  for (const listener of listeners) listener()
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
