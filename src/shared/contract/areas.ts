// Chicago's community areas: search them, and star the facilitator's focus areas.
import { z } from 'zod'
import { areaNumberSchema, communityAreaSchema } from '../community-areas'
import { searchText, type CallTable } from './common'

export const areaCalls = {
  'areas.list': {
    input: z.object({ query: searchText.default(''), focusOnly: z.boolean().default(false) }).strict(),
    output: z.object({ areas: z.array(communityAreaSchema), totalCount: z.number().int(), focusCount: z.number().int() }),
  },
  'areas.setFocus': {
    input: z.object({ number: areaNumberSchema, isFocus: z.boolean() }).strict(),
    output: communityAreaSchema,
  },
} as const satisfies CallTable
