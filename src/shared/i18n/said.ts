// A message said now and worded later, in whatever language its reader has: a key of the
// catalogs and its values, which may themselves be messages (a schedule's reason inside a
// form's sentence). Problems found in shared and main code travel as these, with their English
// wording beside them for logs and files.
import { z } from 'zod'
import { isMessageKey, type Language, type MessageKey } from './catalog'
import { formatMessage } from './format'

export type SaidValues = Record<string, string | number | Said>

export interface Said {
  key: MessageKey
  values?: SaidValues | undefined
}

export function said(key: MessageKey, values?: SaidValues): Said {
  return values === undefined ? { key } : { key, values }
}

/** Words a message, its nested messages first, with the wording function of a language. */
export function wordWith(t: (key: MessageKey, values?: Record<string, string | number>) => string, message: Said): string {
  if (message.values === undefined) return t(message.key)
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(message.values)) values[name] = typeof value === 'object' ? wordWith(t, value) : value
  return t(message.key, values)
}

export function word(language: Language, message: Said): string {
  return wordWith((key, values) => formatMessage(language, key, values), message)
}

export const messageKeySchema = z.custom<MessageKey>((value) => typeof value === 'string' && isMessageKey(value), 'Not a message key.')

export const saidValuesSchema: z.ZodType<SaidValues> = z.lazy(() => z.record(z.string(), z.union([z.string(), z.number(), saidSchema])))

export const saidSchema: z.ZodType<Said> = z.lazy(() => z.object({ key: messageKeySchema, values: saidValuesSchema.optional() }))
