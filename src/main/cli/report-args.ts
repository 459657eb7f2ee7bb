// The report command line's arguments, read and checked: what is wrong is said by name.
import { parseArgs } from 'node:util'

export interface ReportCommand {
  dataDir: string
  session: { id: string } | 'latest' | 'example'
  format: 'html' | 'csv' | 'xlsx' | 'session'
  table: 'gaps' | 'plan'
  language?: 'en' | 'es' | undefined
  out: string
}

const FORMATS = ['html', 'csv', 'xlsx', 'session'] as const
const TABLES = ['gaps', 'plan'] as const
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
  const chosen = [values.session !== undefined, values.latest === true, values.example === true].filter(Boolean).length
  if (!values['data-dir']) return { ok: false, problem: '--data-dir is missing' }
  if (chosen !== 1) return { ok: false, problem: 'Name one session: --session ID, --latest or --example' }
  if (values.session !== undefined && !UUID.test(values.session)) return { ok: false, problem: `--session must be a session id (a UUID), not "${values.session}"` }
  if (!oneOf(FORMATS, values.format)) return { ok: false, problem: `--format must be html, csv, xlsx or session, not "${values.format ?? ''}"` }
  if (values.table !== undefined && !oneOf(TABLES, values.table)) return { ok: false, problem: `--table must be gaps or plan, not "${values.table}"` }
  if (values.lang !== undefined && !oneOf(LANGUAGES, values.lang)) return { ok: false, problem: `--lang must be en or es, not "${values.lang}"` }
  if (!values.out) return { ok: false, problem: '--out is missing' }
  return {
    ok: true,
    command: {
      dataDir: values['data-dir'],
      session: values.session !== undefined ? { id: values.session } : values.latest ? 'latest' : 'example',
      format: values.format,
      table: (values.table as ReportCommand['table'] | undefined) ?? 'gaps',
      language: values.lang as ReportCommand['language'],
      out: values.out,
    },
  }
}
