// The app itself: version, where the data is, launch notices, and the services' clock.
import { z } from 'zod'
import type { CallTable } from './common'
import { noInput } from './common'
import { noticeSchema } from '../notices'

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

export const appCalls = {
  'app.info': { input: noInput, output: appInfoSchema },
} as const satisfies CallTable
