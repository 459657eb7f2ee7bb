// A notice: something the facilitator must be told about this launch (a file moved aside, a backup made).
import { z } from 'zod'

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning']),
  message: z.string(),
})
export type Notice = z.infer<typeof noticeSchema>
