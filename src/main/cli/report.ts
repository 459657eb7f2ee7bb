// `npm run report`: a session's or a town hall's report written from the command line, for
// coordination staff who batch-export after a series of them — the same files the app saves, from
// the same code.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import packageJson from '../../../package.json'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/catalog'
import { formatMessage } from '../../shared/i18n/format'
import { said, word } from '../../shared/i18n/said'
import type { CallInput, CallName, CallOutput } from '../../shared/contract'
import { reportFile } from '../../shared/report/exports'
import { defaultReportOptions } from '../../shared/report/options'
import { townHallReportFile } from '../../shared/townhall/report/exports'
import { createDispatch } from '../api/dispatch'
import { createHandlers } from '../services'
import { DATABASE_FILE_NAME, openStore } from '../store/open-store'
import { readReportArgs, type ReportArgs } from './report-args'

/** What the person at the terminal reads comes out in the command's language; the error stays an AppError to be worded. */
async function main(read: ReportArgs, language: Language): Promise<string> {
  if (!read.ok) throw new AppError('INVALID_INPUT', 'error.cli.reportUsage', { problem: read.problem })
  const { command } = read
  const dataDir = resolve(command.dataDir)
  if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) throw new AppError('NOT_FOUND', 'error.cli.noData', { dir: dataDir, file: DATABASE_FILE_NAME })
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
  const store = openStore({ dataDir })
  try {
    const dispatch = createDispatch(createHandlers({ store, appVersion: packageJson.version, runtime: 'browser', resourcesDir: join(root, 'resources'), scenariosDir: join(root, 'scenarios'), exampleSession: false, exampleTownHall: false }))
    const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
      const result = await dispatch(name, input)
      if (!result.ok) throw new AppError(result.error.code, result.error.reason, result.error.values, result.error.details)
      return result.value as CallOutput<K>
    }
    let content: string | Uint8Array
    if (command.townHall !== undefined) {
      let id: string
      if (command.townHall === 'example') {
        const example = (await call('townHalls.example', {})).id
        if (!example) throw new AppError('NOT_FOUND', 'error.cli.noExampleTownHall', { dir: dataDir })
        id = example
      } else id = command.townHall.id
      if (command.format === 'townhall') content = (await call('townHalls.exportFile', { id })).content
      else {
        const input = await call('townHalls.reportInput', { id })
        const format = command.format === 'csv' ? (command.table === 'followups' ? 'followups-csv' : 'items-csv') : command.format === 'xlsx' ? 'xlsx' : 'html'
        content = (await townHallReportFile(input, command.language ?? language, format, Intl.DateTimeFormat().resolvedOptions().timeZone)).content
      }
    } else {
      let id: string
      if (command.session === 'latest') {
        const latest = (await call('sessions.list', {}))[0]
        if (!latest) throw new AppError('NOT_FOUND', 'error.cli.noSessions', { dir: dataDir })
        id = latest.id
      } else if (command.session === 'example') {
        const example = (await call('sessions.example', {})).id
        if (!example) throw new AppError('NOT_FOUND', 'error.cli.noExample', { dir: dataDir })
        id = example
      } else id = command.session!.id

      if (command.format === 'session') content = (await call('sessions.exportFile', { id })).content
      else {
        const input = await call('reports.input', { id })
        const kept = await call('reports.options', { id })
        const options = { ...(kept ?? defaultReportOptions(command.language ?? language)), ...(command.language ? { language: command.language } : {}) }
        const format = command.format === 'csv' ? (command.table === 'plan' ? 'plan-csv' : 'gaps-csv') : command.format === 'xlsx' ? 'xlsx' : 'html'
        content = (await reportFile(input, options, format, Intl.DateTimeFormat().resolvedOptions().timeZone)).content
      }
    }
    const out = resolve(command.out)
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, content)
    return formatMessage(language, 'cli.report.wrote', { file: out, bytes: String(typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength) })
  } finally {
    store.close()
  }
}

const read = readReportArgs(process.argv.slice(2), process.env)
const { language } = read
main(read, language).then(
  (line) => console.log(line),
  (error: unknown) => {
    const text = error instanceof AppError ? word(language, said(error.reason, error.values)) : error instanceof Error ? error.message : String(error)
    console.error(`roundtable report: ${text}`)
    process.exit(2)
  },
)
