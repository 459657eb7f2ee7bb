// An import being read off the main thread, as the page polls it.
import { z } from 'zod'
import { apiErrorDataSchema } from '../errors'
import { importPreviewSchema } from './model'

/** An import being read by its worker: how far it has got, then its preview (or why it failed). */
export const importJobSchema = z.object({
  jobId: z.uuid(),
  state: z.enum(['reading', 'ready', 'failed']),
  progress: z.object({ phase: z.enum(['unpacking', 'reading', 'planning']), done: z.number().int(), total: z.number().int() }).nullable(),
  preview: importPreviewSchema.nullable(),
  error: apiErrorDataSchema.nullable(),
})
export type ImportJob = z.infer<typeof importJobSchema>
