// `npm run validate -- [--lang en|es] FILE...`: see src/main/cli/validate-scenarios.ts.
import { validateScenarioFiles } from '../src/main/cli/validate-scenarios'

process.exit(validateScenarioFiles(process.argv.slice(2), process.env, (line) => console.log(line), (line) => console.error(line)))
