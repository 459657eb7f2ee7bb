// The app itself: version, where the data is, launch notices, and the services' clock.
import { z } from 'zod'
import type { CallTable } from './common'
import { noInput } from './common'
import { noticeSchema } from '../notices'
import { LANGUAGE_CHOICES } from '../i18n/choose-language'

export { noticeSchema, type Notice } from '../notices'

export const appInfoSchema = z.object({
  version: z.string(),
  runtime: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  notices: z.array(noticeSchema),
  /** The services' clock: the renderer reads the time from it, so tests can set it. */
  now: z.iso.datetime(),
})
export type AppInfo = z.infer<typeof appInfoSchema>

/** The facilitator's settings for this laptop. */
export const appSettingsSchema = z.object({ language: z.enum(LANGUAGE_CHOICES) }).strict()

export const appCalls = {
  'app.info': { input: noInput, output: appInfoSchema },
  'app.settings': { input: noInput, output: appSettingsSchema },
  /** The app's language: English, Spanish, or the system's. */
  'app.setLanguage': { input: z.object({ language: z.enum(LANGUAGE_CHOICES) }).strict(), output: appSettingsSchema },
} as const satisfies CallTable
