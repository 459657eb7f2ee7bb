// The exercise's analysis beyond the map itself: inventory resources that would close a gap.
import { z } from 'zod'
import { areaNumberSchema } from '../community-areas'
import type { CallTable } from './common'

export const exerciseCalls = {
  'exercise.suggest': {
    input: z
      .object({
        need: z
          .object({
            id: z.string().max(80),
            category: z.string().max(60),
            areaNumber: areaNumberSchema,
            when: z.string().max(200),
            language: z.string().max(10).optional(),
            amount: z.object({ value: z.number().positive(), unit: z.string().max(60) }).strict().optional(),
            urgency: z.enum(['low', 'medium', 'high', 'critical']),
          })
          .strict(),
        linkedResourceIds: z.array(z.uuid()).max(200),
        hasLead: z.boolean(),
      })
      .strict(),
    output: z.array(z.object({ resourceId: z.uuid(), name: z.string(), organizationName: z.string(), closes: z.array(z.string()) })),
  },
} as const satisfies CallTable
