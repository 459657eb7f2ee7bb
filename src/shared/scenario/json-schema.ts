// The scenario format as JSON Schema, generated from the zod schema (checks that need code,
// such as area names and unique ids, stay in the app and the validator).
import { z } from 'zod'
import { scenarioSchema } from './schema'

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' })
  const document = {
    ...schema,
    $id: 'urn:roundtable:scenario-schema',
    title: 'Roundtable scenario',
    description: 'A tabletop exercise or town-hall preparation script for Roundtable. Validate with: npm run validate -- FILE',
  }
  return JSON.stringify(document, null, 2) + '\n'
}
