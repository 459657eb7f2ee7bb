// A notice: something the facilitator must be told about this launch (a file moved aside, a
// backup made), as a message key and its values, worded in the reader's language.
import { z } from 'zod'
import { isMessageKey, type Language, type NoticeKey } from './i18n/catalog'
import { formatMessage } from './i18n/format'

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  reason: z.custom<NoticeKey>((key) => typeof key === 'string' && key.startsWith('notice.') && isMessageKey(key), 'A notice names its message by a notice key.'),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})
export type Notice = z.infer<typeof noticeSchema>

/** A notice in words (the command line prints it; the renderer words it through react-intl). */
export function noticeText(notice: Notice, language: Language = 'en'): string {
  return formatMessage(language, notice.reason, notice.values)
}
