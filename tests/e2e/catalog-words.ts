// The app's words in either language, from the catalogs themselves (read as files: Playwright's
// loader takes no JSON imports), for specs that walk the app in English and in Spanish.
import { readFileSync } from 'node:fs'
import { IntlMessageFormat } from 'intl-messageformat'
import type { Language, MessageKey, MessageValues } from '../../src/shared/i18n/catalog'

export type Words = (key: MessageKey, values?: MessageValues) => string

export function wordsOf(language: Language): Words {
  const catalog = JSON.parse(readFileSync(new URL(`../../src/shared/i18n/messages/${language}.json`, import.meta.url), 'utf8')) as Record<MessageKey, string>
  return (key, values) => String(new IntlMessageFormat(catalog[key], language).format(values))
}

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A name that starts as a message does before its first argument ("Reveal next inject: …"). */
export const startOf = (t: Words, key: MessageKey, values: MessageValues) => new RegExp(`^${escape(t(key, values).split('\u0000')[0]!)}`)

/** A side panel's tab by its name before its count ("Notes (3)"). */
export const tabName = (t: Words, key: MessageKey) => new RegExp(`^${escape(t(key, { count: 0 }).replace(/\s*\(.*$/, ''))}`)
