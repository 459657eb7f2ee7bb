// FormatJS's formatter per language (built once each), and `translate` for code outside React.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl'
import { CATALOGS, type Language, type MessageKey, type MessageValues } from '../../../shared/i18n/catalog'
import { wordWith, type Said } from '../../../shared/i18n/said'
import { currentLanguage } from './language'

const cache = createIntlCache()
const intls = new Map<Language, IntlShape>()

export function intlFor(language: Language): IntlShape {
  let intl = intls.get(language)
  if (!intl) {
    intl = createIntl(
      {
        locale: language,
        messages: CATALOGS[language],
        // A missing message would be a bug caught by the catalog tests; say so loudly in development.
        onError: (error) => console.error('[i18n]', error.message),
      },
      cache,
    )
    intls.set(language, intl)
  }
  return intl
}

/** Words a message in the app's current language (for callbacks and plain modules). */
export function translate(key: MessageKey, values?: MessageValues): string {
  return intlFor(currentLanguage()).formatMessage({ id: key }, values)
}

/** Words a message said elsewhere (a field's issue, an import's reason) in the app's current language. */
export function translateSaid(message: Said): string {
  return wordWith(translate, message)
}
