// The language the app speaks now, held outside React so that code running in callbacks (error
// messages, undo labels) words things in it too; the document's `lang` follows it.
import type { Language } from '../../../shared/i18n/catalog'

let current: Language = 'en'
const listeners = new Set<() => void>()

export function currentLanguage(): Language {
  return current
}

export function setLanguage(language: Language): void {
  if (language === current) return
  current = language
  document.documentElement.lang = language
  for (const listener of listeners) listener()
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
