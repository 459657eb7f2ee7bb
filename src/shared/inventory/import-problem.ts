// One problem of an import, pinned to where it is (the file, the row — 1 is the header line —
// and the column): a message the preview words in the reader's language, and its English
// wording for logs, tools and the tests that pin it.
import { z } from 'zod'
import type { MessageKey } from '../i18n/catalog'
import { messageKeySchema, saidValuesSchema, word, type Said, type SaidValues } from '../i18n/said'

export interface ImportProblem extends Said {
  file: string
  row: number
  column: string
  /** The English wording. */
  reason: string
}

export function importProblem(file: string, row: number, column: string, key: MessageKey, values?: SaidValues): ImportProblem {
  const message: Said = values === undefined ? { key } : { key, values }
  return { file, row, column, ...message, reason: word('en', message) }
}

/** The same problem for a message said elsewhere (a schedule's reason, a field check). */
export function importProblemOf(file: string, row: number, column: string, message: Said): ImportProblem {
  return importProblem(file, row, column, message.key, message.values)
}

export const importProblemSchema = z.object({
  file: z.string(),
  row: z.number().int(),
  column: z.string(),
  key: messageKeySchema,
  values: saidValuesSchema.optional(),
  reason: z.string(),
})
