// Applies a language choice at once (every screen re-renders in it, nothing is reloaded) and keeps
// it in the app's own store; shared by Settings and the sidebar's switch.
import { resolveLanguage, type LanguageChoice } from '../../../shared/i18n/choose-language'
import type { Language } from '../../../shared/i18n/catalog'
import { call } from '../api/client'
import { setLanguage } from './language'

export async function applyLanguageChoice(choice: LanguageChoice): Promise<Language> {
  const language = resolveLanguage(choice, navigator.languages)
  setLanguage(language, choice)
  await call('app.setLanguage', { language: choice })
  return language
}
