// The message catalogs: every user-visible string by key, in English and Spanish, written in
// ICU MessageFormat (plurals, selects, numbers) and worded through FormatJS. A key missing from
// Spanish fails to compile; tests check that both catalogs agree key for key and argument for
// argument.
import en from './messages/en.json' with { type: 'json' }
import es from './messages/es.json' with { type: 'json' }

export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

export type MessageKey = keyof typeof en
/** Values a message's {arguments} take. */
export type MessageValues = Record<string, string | number>

export type ErrorKey = Extract<MessageKey, `error.${string}`>
export type NoticeKey = Extract<MessageKey, `notice.${string}`>
export type ActionLabelKey = Extract<MessageKey, `action.${string}`>
export type ImportReasonKey = Extract<MessageKey, `import.reason.${string}`>

export const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, es }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value)
}

/** A message to be worded later, in whatever language the reader has: a key and its values. */
export interface MessageRef<K extends MessageKey = MessageKey> {
  key: K
  values?: MessageValues | undefined
}
