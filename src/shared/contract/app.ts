// The app itself: version, where the data is, launch notices, and the services' clock.
import { z } from 'zod'
import type { CallTable } from './common'
import { noInput } from './common'
import { noticeSchema } from '../notices'
import { LANGUAGE_CHOICES } from '../i18n/choose-language'
import { PRESENTER_LANGUAGES, PRESENTER_THEMES, THEME_CHOICES } from '../appearance/choices'

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

/** The presenter view's own look and language, kept apart from the console's for a bilingual room. */
export const presenterSettingsSchema = z.object({ theme: z.enum(PRESENTER_THEMES), language: z.enum(PRESENTER_LANGUAGES) }).strict()

/** The facilitator's settings for this laptop. */
export const appSettingsSchema = z
  .object({
    language: z.enum(LANGUAGE_CHOICES),
    theme: z.enum(THEME_CHOICES),
    presenter: presenterSettingsSchema,
  })
  .strict()
export type AppSettings = z.infer<typeof appSettingsSchema>

export const appCalls = {
  'app.info': { input: noInput, output: appInfoSchema },
  'app.settings': { input: noInput, output: appSettingsSchema },
  /** The app's language: English, Spanish, or the system's. */
  'app.setLanguage': { input: z.object({ language: z.enum(LANGUAGE_CHOICES) }).strict(), output: appSettingsSchema },
  /** The colour theme: light, dark, or the system's. */
  'app.setTheme': { input: z.object({ theme: z.enum(THEME_CHOICES) }).strict(), output: appSettingsSchema },
  /** The presenter view's theme and language, chosen on the presenter view itself. */
  'app.setPresenter': { input: presenterSettingsSchema, output: appSettingsSchema },
} as const satisfies CallTable
