// What the scenario library lists: a summary per scenario, and the filters it takes.
import { z } from 'zod'
import { areaNumberSchema } from '../community-areas'

export const scenarioFilterSchema = z
  .object({
    query: z.string().trim().max(200).default(''),
    areaNumber: areaNumberSchema.optional(),
    type: z.enum(['tabletop', 'town-hall-prep', 'drill']).optional(),
    language: z.enum(['en', 'es']).optional(),
  })
  .strict()
export type ScenarioFilter = z.output<typeof scenarioFilterSchema>

export const scenarioSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  type: z.enum(['tabletop', 'town-hall-prep', 'drill']),
  language: z.enum(['en', 'es']),
  areaNumbers: z.array(z.number().int()),
  moduleCount: z.number().int(),
  injectCount: z.number().int(),
  needCount: z.number().int(),
  origin: z.enum(['bundled', 'user', 'imported']),
  updatedAt: z.string(),
})
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>
