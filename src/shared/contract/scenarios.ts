// The scenario library: case examples to read, edit, import, export, and print as a Situation Manual.
import { z } from 'zod'
import { scenarioFilterSchema, scenarioImportResultSchema, scenarioSummarySchema } from '../scenario/library'
import { scenarioSchema } from '../scenario/schema'
import { byId, textFileSchema, uploadRefSchema, uploadSchema, type CallTable } from './common'

export const scenarioCalls = {
  'scenarios.list': { input: scenarioFilterSchema, output: z.array(scenarioSummarySchema) },
  'scenarios.get': { input: byId, output: z.object({ scenario: scenarioSchema, summary: scenarioSummarySchema }) },
  'scenarios.save': {
    input: z.object({ scenario: scenarioSchema }).strict(),
    output: z.object({ scenario: scenarioSchema, copied: z.boolean() }),
  },
  'scenarios.import': { input: z.object({ files: z.array(z.union([uploadSchema, uploadRefSchema])).min(1).max(100) }).strict(), output: scenarioImportResultSchema },
  'scenarios.export': { input: z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict(), output: textFileSchema },
  'scenarios.duplicate': { input: byId, output: scenarioSummarySchema },
  'scenarios.remove': { input: byId, output: scenarioSummarySchema },
  'scenarios.restore': { input: byId, output: scenarioSummarySchema },
  'scenarios.situationManual': {
    input: z
      .object({
        id: z.uuid(),
        audience: z.enum(['participant', 'facilitator']),
        language: z.enum(['en', 'es']),
        variables: z.record(z.string().max(60), z.string().max(200)).optional(),
      })
      .strict(),
    output: textFileSchema,
  },
} as const satisfies CallTable
