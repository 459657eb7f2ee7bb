// Gives every screen the current language's messages, and re-renders them when it changes.
import { useSyncExternalStore, type ReactNode } from 'react'
import { RawIntlProvider } from 'react-intl'
import { intlFor } from './intl'
import { currentLanguage, subscribeToLanguage } from './language'

export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribeToLanguage, currentLanguage)
  return <RawIntlProvider value={intlFor(language)}>{children}</RawIntlProvider>
}
