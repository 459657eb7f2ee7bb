// Drafts: what is typed and not yet added or saved (the capture box, a scenario being edited),
// kept by the app as it is typed, so a crash loses at most the last second.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'
import type { CallTable } from './common'

/** What a draft is of: "session:<id>:capture", "scenario:<id>". */
export const draftKeySchema = z
  .string()
  .max(120)
  .regex(/^(session|scenario):[0-9a-f-]{36}(:[a-z-]{1,40})?$/, says('validation.draft.id'))

export const draftSchema = z.object({ content: z.string(), updatedAt: z.iso.datetime() })
export type Draft = z.infer<typeof draftSchema>

export const draftCalls = {
  'drafts.get': { input: z.object({ key: draftKeySchema }).strict(), output: draftSchema.nullable() },
  /** Keeps the draft; empty content forgets it. */
  'drafts.save': {
    input: z.object({ key: draftKeySchema, content: z.string().max(2_000_000) }).strict(),
    output: z.object({ updatedAt: z.iso.datetime() }),
  },
} as const satisfies CallTable
