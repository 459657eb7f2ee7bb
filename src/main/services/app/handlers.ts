// The app's own call: what the sidebar and the launch notices show, the services' clock, and this
// laptop's settings (language, colour theme, the presenter view's theme and language).
import type { HandlersOf } from '../../../shared/contract'
import type { appCalls, AppSettings } from '../../../shared/contract/app'
import type { Store } from '../../store/open-store'
import { LANGUAGE_CHOICES } from '../../../shared/i18n/choose-language'
import { PRESENTER_LANGUAGES, PRESENTER_THEMES, THEME_CHOICES } from '../../../shared/appearance/choices'

export interface AppFacts {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
  clock: () => Date
}

export function appHandlers({ store, appVersion, runtime, clock }: AppFacts): HandlersOf<typeof appCalls> {
  /** A setting as saved, or its default when it is missing or not one of the choices (an older or hand-edited file). */
  const read = <T extends string>(key: string, choices: readonly T[], fallback: T): T => {
    const row = store.db.prepare<[string], { value: string }>('SELECT value FROM app_setting WHERE key = ?').get(key)
    const value = row ? (JSON.parse(row.value) as unknown) : fallback
    return (choices as readonly unknown[]).includes(value) ? (value as T) : fallback
  }
  const write = (values: Record<string, string>): void => {
    const upsert = store.db.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`)
    const now = clock().toISOString()
    store.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value), now)
    })()
  }
  const settings = (): AppSettings => ({
    language: read('language', LANGUAGE_CHOICES, 'system'),
    theme: read('theme', THEME_CHOICES, 'system'),
    presenter: { theme: read('presenter.theme', PRESENTER_THEMES, 'standard'), language: read('presenter.language', PRESENTER_LANGUAGES, 'app') },
  })
  return {
    'app.settings': settings,
    'app.setLanguage': ({ language }) => {
      write({ language })
      return settings()
    },
    'app.setTheme': ({ theme }) => {
      write({ theme })
      return settings()
    },
    'app.setPresenter': ({ theme, language }) => {
      write({ 'presenter.theme': theme, 'presenter.language': language })
      return settings()
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
