// Words a message outside React (main's logs, the command-line tools, errors' English text),
// with the same ICU engine react-intl uses in the renderer.
import { IntlMessageFormat } from 'intl-messageformat'
import { CATALOGS, type Language, type MessageKey, type MessageValues } from './catalog'

const compiled = new Map<string, IntlMessageFormat>()

export function formatMessage(language: Language, key: MessageKey, values?: MessageValues): string {
  const id = `${language}\u0000${key}`
  let format = compiled.get(id)
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[language][key], language)
    compiled.set(id, format)
  }
  return String(format.format(values))
}
