// The report command line's arguments, read and checked: what is wrong is said by name, as a
// message worded in the command's language (`--lang`, else the shell's locale, else English).
import { parseArgs } from 'node:util'
import type { Language } from '../../shared/i18n/catalog'
import { cliLanguage } from '../../shared/i18n/cli-language'
import { said, type Said } from '../../shared/i18n/said'

export interface ReportCommand {
  dataDir: string
  /** A session's report, or (when `townHall` is set) none. */
  session: { id: string } | 'latest' | 'example' | undefined
  townHall: { id: string } | 'example' | undefined
  format: 'html' | 'csv' | 'xlsx' | 'session' | 'townhall'
  /** Which table a CSV holds: gaps or plan for a session, items or followups for a town hall. */
  table: 'gaps' | 'plan' | 'items' | 'followups'
  /** The report's language when `--lang` names one; else a session's report keeps the language chosen in the app. */
  language?: Language | undefined
  out: string
}

export type ReportArgs = { ok: true; command: ReportCommand; language: Language } | { ok: false; problem: Said; language: Language }

const FORMATS = ['html', 'csv', 'xlsx', 'session', 'townhall'] as const
const SESSION_TABLES = ['gaps', 'plan'] as const
const TOWN_HALL_TABLES = ['items', 'followups'] as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): value is T => value !== undefined && (allowed as readonly string[]).includes(value)

export function readReportArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ReportArgs {
  const picked = cliLanguage(argv, env)
  if (!picked.ok) return { ok: false, problem: picked.problem, language: picked.language }
  const language = picked.language
  const refuse = (problem: Said): ReportArgs => ({ ok: false, problem, language })
  let values
  try {
    values = parseArgs({
      args: picked.rest,
      options: {
        'data-dir': { type: 'string' },
        session: { type: 'string' },
        latest: { type: 'boolean' },
        example: { type: 'boolean' },
        townhall: { type: 'string' },
        'example-townhall': { type: 'boolean' },
        format: { type: 'string' },
        table: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return refuse(argumentProblem(error))
  }
  const chosen = [values.session !== undefined, values.latest === true, values.example === true, values.townhall !== undefined, values['example-townhall'] === true].filter(Boolean).length
  const townHall = values.townhall !== undefined || values['example-townhall'] === true
  if (!values['data-dir']) return refuse(said('cli.report.dataDirMissing'))
  if (chosen !== 1) return refuse(said('cli.report.nameOne'))
  if (values.session !== undefined && !UUID.test(values.session)) return refuse(said('cli.report.sessionId', { value: values.session }))
  if (values.townhall !== undefined && !UUID.test(values.townhall)) return refuse(said('cli.report.townHallId', { value: values.townhall }))
  if (!oneOf(FORMATS, values.format)) return refuse(said('cli.report.format', { value: values.format ?? '' }))
  if (townHall && values.format === 'session') return refuse(said('cli.report.sessionFormat'))
  if (!townHall && values.format === 'townhall') return refuse(said('cli.report.townHallFormat'))
  const tables = townHall ? TOWN_HALL_TABLES : SESSION_TABLES
  if (values.table !== undefined && !oneOf<string>(tables, values.table)) return refuse(said('cli.report.table', { record: townHall ? 'townhall' : 'session', value: values.table }))
  if (!values.out) return refuse(said('cli.report.outMissing'))
  return {
    ok: true,
    language,
    command: {
      dataDir: values['data-dir'],
      session: townHall ? undefined : values.session !== undefined ? { id: values.session } : values.latest ? 'latest' : 'example',
      townHall: values.townhall !== undefined ? { id: values.townhall } : townHall ? 'example' : undefined,
      format: values.format,
      table: (values.table as ReportCommand['table'] | undefined) ?? tables[0],
      language: picked.given ? language : undefined,
      out: values.out,
    },
  }
}

/** Node's own complaint about the arguments, by its code (its message is English only). */
function argumentProblem(error: unknown): Said {
  const code = (error as { code?: unknown }).code
  const message = error instanceof Error ? error.message : ''
  const quoted = /'([^' ]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return said('cli.report.unknownOption', { option: quoted })
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return said('cli.report.positional', { argument: quoted })
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return said(message.includes('does not take') ? 'cli.report.noValue' : 'cli.report.valueMissing', { option: quoted })
  return said('cli.report.badArguments')
}

