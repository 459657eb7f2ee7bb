// The app's language as the main process words things in it (a stored note, a menu, a dialog):
// the facilitator's choice saved in app settings, the system's languages deciding for 'system'.
import type Database from 'better-sqlite3'
import type { Language } from '../../../shared/i18n/catalog'
import { LANGUAGE_CHOICES, resolveLanguage, type LanguageChoice } from '../../../shared/i18n/choose-language'

export function languageChoice(db: Database.Database): LanguageChoice {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?').get('language')
  const value = row ? (JSON.parse(row.value) as unknown) : 'system'
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(value) ? (value as LanguageChoice) : 'system'
}

/** `preferred` is the system's languages (Electron's app.getPreferredSystemLanguages()); none known, 'system' means English. */
export function appLanguage(db: Database.Database, preferred: readonly string[] = []): Language {
  return resolveLanguage(languageChoice(db), preferred)
}
