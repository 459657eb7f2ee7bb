// Regenerates scenarios/roundtable-scenario.schema.json from the zod schema, for editors.
import { writeFileSync } from 'node:fs'
import { scenarioJsonSchema } from '../src/shared/scenario/json-schema'

writeFileSync(new URL('../scenarios/roundtable-scenario.schema.json', import.meta.url), scenarioJsonSchema())
console.log('wrote scenarios/roundtable-scenario.schema.json')
