// What the scenario library lists: a summary per scenario, and the filters it takes.
import { messageKeySchema, saidValuesSchema } from '../i18n/said'
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
  /** The blanks its text leaves for a session to fill, by name and label ("park": "The park near the scene"). */
  variables: z.array(z.object({ name: z.string(), label: z.string() })),
  origin: z.enum(['bundled', 'user', 'imported']),
  updatedAt: z.string(),
})
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>

export const scenarioErrorSchema = z.object({ file: z.string(), line: z.number().int(), path: z.string(), key: messageKeySchema, values: saidValuesSchema.optional(), message: z.string() })

export const scenarioImportResultSchema = z.object({
  ok: z.boolean(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Every error of every file; when there is any, nothing was imported. */
  errors: z.array(scenarioErrorSchema),
  ids: z.array(z.string()),
})
export type ScenarioImportResult = z.infer<typeof scenarioImportResultSchema>
