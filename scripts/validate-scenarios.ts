// `npm run validate -- [--lang en|es] FILE...`: checks scenario files with the app's own schema.
// Prints each error as FILE:LINE: PATH: message, in the chosen language (else the shell's, else
// English), and exits 1 when any file is invalid.
import { readFileSync } from 'node:fs'
import { cliLanguage } from '../src/shared/i18n/cli-language'
import { formatMessage } from '../src/shared/i18n/format'
import { word } from '../src/shared/i18n/said'
import { parseScenarioFile } from '../src/shared/scenario/parse'

const chosen = cliLanguage(process.argv.slice(2).filter((arg) => arg !== '--'), process.env)
if (!chosen.ok) {
  console.error(chosen.problem)
  process.exit(2)
}
const { language, rest: files } = chosen
if (files.length === 0) {
  console.error(formatMessage(language, 'cli.validate.usage'))
  process.exit(2)
}

let invalid = 0
for (const file of files) {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
  } catch (error) {
    invalid++
    const reason = formatMessage(language, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'cli.validate.noSuchFile' : 'cli.validate.notUtf8')
    console.log(`${file}:1: : ${reason}`)
    continue
  }
  const result = parseScenarioFile(text, file)
  if (result.ok) {
    console.log(`${file}: ${formatMessage(language, 'cli.validate.ok', { count: result.scenarios.length, upgraded: result.upgraded > 0 ? 'yes' : 'no' })}`)
  } else {
    invalid++
    for (const error of result.errors) console.log(`${error.file}:${error.line}: ${error.path}: ${word(language, error)}`)
  }
}
console.log(formatMessage(language, 'cli.validate.summary', { valid: files.length - invalid, invalid }))
process.exit(invalid > 0 ? 1 : 0)
