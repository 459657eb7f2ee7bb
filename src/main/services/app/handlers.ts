// The app's own call: what the sidebar and the launch notices show, and the services' clock.
import type { HandlersOf } from '../../../shared/contract'
import type { appCalls } from '../../../shared/contract/app'
import type { Store } from '../../store/open-store'
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../../shared/i18n/choose-language'

export interface AppFacts {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
  clock: () => Date
}

const LANGUAGE_SETTING = 'language'

export function appHandlers({ store, appVersion, runtime, clock }: AppFacts): HandlersOf<typeof appCalls> {
  const readLanguage = (): LanguageChoice => {
    const row = store.db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?').get(LANGUAGE_SETTING)
    const value = row ? (JSON.parse(row.value) as unknown) : 'system'
    return (LANGUAGE_CHOICES as readonly unknown[]).includes(value) ? (value as LanguageChoice) : 'system'
  }
  return {
    'app.settings': () => ({ language: readLanguage() }),
    'app.setLanguage': ({ language }) => {
      store.db
        .prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`)
        .run(LANGUAGE_SETTING, JSON.stringify(language), clock().toISOString())
      return { language: readLanguage() }
    },
    'app.info': () => ({
      version: appVersion,
      runtime,
      dataDir: store.dataDir,
      databaseFile: store.file,
      schemaVersion: store.schemaVersion,
      notices: [...store.notices],
      now: clock().toISOString(),
    }),
  }
}
