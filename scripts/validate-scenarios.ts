// `npm run validate -- FILE...`: checks scenario files with the app's own schema.
// Prints each error as FILE:LINE: PATH: message and exits 1 when any file is invalid.
import { readFileSync } from 'node:fs'
import { parseScenarioFile } from '../src/shared/scenario/parse'

const files = process.argv.slice(2).filter((arg) => arg !== '--')
if (files.length === 0) {
  console.error('Usage: npm run validate -- FILE.yaml [FILE.yaml ...]')
  process.exit(2)
}

let invalid = 0
for (const file of files) {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
  } catch (error) {
    invalid++
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a UTF-8 text file'
    console.log(`${file}:1: : ${reason}`)
    continue
  }
  const result = parseScenarioFile(text, file)
  if (result.ok) {
    const many = result.scenarios.length > 1 ? ` (a bundle of ${result.scenarios.length} scenarios)` : ''
    const old = result.upgraded > 0 ? ` (an older format; Roundtable upgrades it on import)` : ''
    console.log(`${file}: ok${many}${old}`)
  } else {
    invalid++
    for (const error of result.errors) console.log(`${error.file}:${error.line}: ${error.path}: ${error.message}`)
  }
}
console.log(`${files.length - invalid} valid, ${invalid} invalid`)
process.exit(invalid > 0 ? 1 : 0)
