// `npm run validate -- [--lang en|es] FILE...`: checks scenario files with the app's own schema.
// Prints each error as FILE:LINE: PATH: message, in the chosen language (else the shell's, else
// English); the answer is the exit code: 0 all valid, 1 any invalid, 2 a wrong command.
import { readFileSync } from 'node:fs'
import { cliLanguage } from '../../shared/i18n/cli-language'
import { formatMessage } from '../../shared/i18n/format'
import { word } from '../../shared/i18n/said'
import { parseScenarioFile } from '../../shared/scenario/parse'

export function validateScenarioFiles(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, print: (line: string) => void, complain: (line: string) => void): number {
  const chosen = cliLanguage(argv.filter((arg) => arg !== '--'), env)
  if (!chosen.ok) {
    complain(word(chosen.language, chosen.problem))
    return 2
  }
  const { language, rest: files } = chosen
  if (files.length === 0) {
    complain(formatMessage(language, 'cli.validate.usage'))
    return 2
  }
  let invalid = 0
  for (const file of files) {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
    } catch (error) {
      invalid++
      const reason = formatMessage(language, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'cli.validate.noSuchFile' : 'cli.validate.notUtf8')
      print(`${file}:1: : ${reason}`)
      continue
    }
    const result = parseScenarioFile(text, file)
    if (result.ok) {
      print(`${file}: ${formatMessage(language, 'cli.validate.ok', { count: result.scenarios.length, upgraded: result.upgraded > 0 ? 'yes' : 'no' })}`)
    } else {
      invalid++
      for (const error of result.errors) print(`${error.file}:${error.line}: ${error.path}: ${word(language, error)}`)
    }
  }
  print(formatMessage(language, 'cli.validate.summary', { valid: files.length - invalid, invalid }))
  return invalid > 0 ? 1 : 0
}
