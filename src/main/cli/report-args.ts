// The report command line's arguments, read and checked: what is wrong is said by name.
import { parseArgs } from 'node:util'

export interface ReportCommand {
  dataDir: string
  /** A session's report, or (when `townHall` is set) none. */
  session: { id: string } | 'latest' | 'example' | undefined
  townHall: { id: string } | 'example' | undefined
  format: 'html' | 'csv' | 'xlsx' | 'session' | 'townhall'
  /** Which table a CSV holds: gaps or plan for a session, items or followups for a town hall. */
  table: 'gaps' | 'plan' | 'items' | 'followups'
  language?: 'en' | 'es' | undefined
  out: string
}

const FORMATS = ['html', 'csv', 'xlsx', 'session', 'townhall'] as const
const SESSION_TABLES = ['gaps', 'plan'] as const
const TOWN_HALL_TABLES = ['items', 'followups'] as const
const LANGUAGES = ['en', 'es'] as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): value is T => value !== undefined && (allowed as readonly string[]).includes(value)

export function readReportArgs(argv: readonly string[]): { ok: true; command: ReportCommand } | { ok: false; problem: string } {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        session: { type: 'string' },
        latest: { type: 'boolean' },
        example: { type: 'boolean' },
        townhall: { type: 'string' },
        'example-townhall': { type: 'boolean' },
        format: { type: 'string' },
        table: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message.replace(/\. .*$/s, '') : String(error) }
  }
  const chosen = [values.session !== undefined, values.latest === true, values.example === true, values.townhall !== undefined, values['example-townhall'] === true].filter(Boolean).length
  const townHall = values.townhall !== undefined || values['example-townhall'] === true
  if (!values['data-dir']) return { ok: false, problem: '--data-dir is missing' }
  if (chosen !== 1) return { ok: false, problem: 'Name one session or town hall: --session ID, --latest, --example, --townhall ID or --example-townhall' }
  if (values.session !== undefined && !UUID.test(values.session)) return { ok: false, problem: `--session must be a session id (a UUID), not "${values.session}"` }
  if (values.townhall !== undefined && !UUID.test(values.townhall)) return { ok: false, problem: `--townhall must be a town hall id (a UUID), not "${values.townhall}"` }
  if (!oneOf(FORMATS, values.format)) return { ok: false, problem: `--format must be html, csv, xlsx, session or townhall, not "${values.format ?? ''}"` }
  if (townHall && values.format === 'session') return { ok: false, problem: '--format session is for a session; a town hall is written with --format townhall' }
  if (!townHall && values.format === 'townhall') return { ok: false, problem: '--format townhall is for a town hall (--townhall ID or --example-townhall)' }
  const tables = townHall ? TOWN_HALL_TABLES : SESSION_TABLES
  if (values.table !== undefined && !oneOf<string>(tables, values.table)) return { ok: false, problem: `--table must be ${tables.join(' or ')} for a ${townHall ? 'town hall' : 'session'}, not "${values.table}"` }
  if (values.lang !== undefined && !oneOf(LANGUAGES, values.lang)) return { ok: false, problem: `--lang must be en or es, not "${values.lang}"` }
  if (!values.out) return { ok: false, problem: '--out is missing' }
  return {
    ok: true,
    command: {
      dataDir: values['data-dir'],
      session: townHall ? undefined : values.session !== undefined ? { id: values.session } : values.latest ? 'latest' : 'example',
      townHall: values.townhall !== undefined ? { id: values.townhall } : townHall ? 'example' : undefined,
      format: values.format,
      table: (values.table as ReportCommand['table'] | undefined) ?? tables[0],
      language: values.lang as ReportCommand['language'],
      out: values.out,
    },
  }
}
