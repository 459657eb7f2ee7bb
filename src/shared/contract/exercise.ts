// The exercise's analysis beyond the map itself: inventory resources that would close a gap, what
// each leaves open, and the ones left out with why.
import { z } from 'zod'
import { areaNumberSchema } from '../community-areas'
import type { CallTable } from './common'

const ids = z.array(z.string())

/** A reason a need is a gap (src/shared/exercise/gaps.ts GapReason). */
export const gapReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no-resource') }),
  z.object({ kind: z.literal('no-lead') }),
  z.object({ kind: z.literal('capacity-short'), short: z.number(), unit: z.string() }),
  z.object({ kind: z.literal('capacity-not-comparable'), needUnit: z.string(), resourceUnits: z.array(z.string()) }),
  z.object({ kind: z.literal('not-at-that-time'), uncovered: z.string() }),
  z.object({ kind: z.literal('not-in-language'), language: z.string() }),
  z.object({ kind: z.literal('not-serving-area'), resourceIds: ids }),
  z.object({ kind: z.literal('resource-paused'), resourceIds: ids }),
  z.object({ kind: z.literal('resource-stale'), resourceIds: ids }),
  z.object({ kind: z.literal('other-category'), needCategory: z.string(), resourceIds: ids }),
  z.object({ kind: z.literal('too-slow'), hours: z.number(), deadline: z.string(), resources: z.array(z.object({ id: z.string(), responseHours: z.number() })) }),
  z.object({ kind: z.literal('response-unknown'), deadline: z.string(), resourceIds: ids }),
  z.object({ kind: z.literal('closed-until-deadline'), deadline: z.string(), resourceIds: ids }),
])

/** Why an inventory resource was not suggested (src/shared/exercise/suggestions.ts LeftOutWhy). */
export const leftOutWhySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paused') }),
  z.object({ kind: z.literal('stale'), lastVerified: z.string().nullable() }),
  z.object({ kind: z.literal('over-capacity') }),
  z.object({ kind: z.literal('closed-then'), uncovered: z.string() }),
  z.object({ kind: z.literal('wrong-language'), languages: z.array(z.string()) }),
  z.object({ kind: z.literal('too-slow'), responseHours: z.number(), hours: z.number() }),
  z.object({ kind: z.literal('response-unknown') }),
  z.object({ kind: z.literal('closed-until-deadline') }),
  z.object({ kind: z.literal('not-serving-area') }),
  z.object({ kind: z.literal('closes-nothing') }),
])

const named = { resourceId: z.uuid(), name: z.string(), organizationName: z.string() }

export const exerciseCalls = {
  'exercise.suggest': {
    input: z
      .object({
        need: z
          .object({
            id: z.string().max(80),
            category: z.string().max(60),
            areaNumber: areaNumberSchema,
            /** The weekly window, in the inventory's hours format. */
            when: z.string().max(200).optional(),
            /** Hours to start, counted on the story clock, and the scenario's words for it. */
            deadline: z.object({ hours: z.number().nonnegative(), text: z.string().max(200), arisesAt: z.number().int().min(0).max(10_079).optional() }).strict().optional(),
            languages: z.array(z.string().max(10)).max(20),
            amount: z.object({ value: z.number().positive(), unit: z.string().max(60) }).strict().optional(),
            urgency: z.enum(['low', 'medium', 'high', 'critical']),
          })
          .strict(),
        /** What the room linked to the need, as the map says it. */
        links: z
          .array(z.object({ resourceId: z.uuid(), amount: z.number().nonnegative().optional(), when: z.string().max(200).optional(), counts: z.boolean().optional() }).strict())
          .max(200),
        hasLead: z.boolean(),
      })
      .strict(),
    output: z.object({
      suggestions: z.array(z.object({ ...named, closes: z.array(z.string()), leaves: z.array(gapReasonSchema) })),
      leftOut: z.array(z.object({ ...named, why: z.array(leftOutWhySchema) })),
      leftOutCount: z.number().int(),
    }),
  },
} as const satisfies CallTable
