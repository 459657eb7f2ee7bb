import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportArgs } from '../../../src/main/cli/report-args'
import { word } from '../../../src/shared/i18n/said'
import { startApp, TEST_NOW } from '../../helpers/app'
import { HOSTILE, playSchoolSession } from '../../helpers/played-session'
import { AUSTIN_TOWN_HALL, playAustinTownHall } from '../../helpers/played-townhall'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

/** Runs `npm run report -- …` as coordination staff would (through tsx, as the script does). */
function report(args: string[], env: Record<string, string> = { LANG: 'C.UTF-8' }): { status: number | null; out: string; err: string } {
  const shell = { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env }
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/report.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: shell })
  return { status: run.status, out: run.stdout, err: run.stderr }
}

describe('npm run report', () => {
  it('writes the same files as the app from a data folder, for a session, the latest or the example', async () => {
    const dataDir = tempDir()
    const { call, store } = startApp(dataDir, { clock: () => TEST_NOW })
    const { sessionId } = await playSchoolSession(call, () => TEST_NOW)
    store.close()
    const out = tempDir()

    const html = report(['--data-dir', dataDir, '--session', sessionId, '--format', 'html', '--lang', 'es', '--out', join(out, 'informe.html')])
    expect(html.err).toBe('')
    expect(html.status).toBe(0)
    // --lang words the report and what is printed.
    expect(html.out).toMatch(/^Se escribió .*informe\.html \(\d+ bytes\)\./)
    expect(readFileSync(join(out, 'informe.html'), 'utf8')).toContain('<h2 id="gaps-title">Brechas</h2>')

    expect(report(['--data-dir', dataDir, '--latest', '--format', 'csv', '--table', 'plan', '--out', join(out, 'plan.csv')]).status).toBe(0)
    expect(readFileSync(join(out, 'plan.csv'), 'utf8')).toMatch(/^\uFEFFCorrective action,Responsible organization/)
    expect(report(['--data-dir', dataDir, '--example', '--format', 'xlsx', '--out', join(out, 'example.xlsx')]).status).toBe(0)
    expect(readFileSync(join(out, 'example.xlsx')).subarray(0, 2).toString()).toBe('PK')
    expect(report(['--data-dir', dataDir, '--session', sessionId, '--format', 'session', '--out', join(out, 'x.roundtable-session.json')]).status).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'x.roundtable-session.json'), 'utf8'))).toMatchObject({ roundtableSession: 1, session: { id: sessionId } })
  }, 120_000)

  it('writes a town hall’s report, tables and file, for an id or the example', async () => {
    const dataDir = tempDir()
    let tick = 0
    const clock = () => new Date(Date.UTC(2026, 10, 13, 0, 30) + 20_000 * tick++)
    const { call, store } = startApp(dataDir, { clock })
    const { townHallId } = await playAustinTownHall(call, clock, { hostile: HOSTILE })
    store.close()
    const out = tempDir()

    const html = report(['--data-dir', dataDir, '--townhall', townHallId, '--format', 'html', '--lang', 'es', '--out', join(out, 'asamblea.html')])
    expect(html.err).toBe('')
    expect(html.status).toBe(0)
    const page = readFileSync(join(out, 'asamblea.html'), 'utf8')
    expect(page).toContain('<h2 id="faq-title">Preguntas respondidas</h2>')
    expect(page).toContain('Alumbrado y lotes baldíos')
    expect(page).not.toContain('<script>alert(1)</script>')

    expect(report(['--data-dir', dataDir, '--townhall', townHallId, '--format', 'csv', '--out', join(out, 'items.csv')]).status).toBe(0)
    const items = readFileSync(join(out, 'items.csv'), 'utf8')
    expect(items).toMatch(/^\uFEFF#,Group,Times raised,Theme,Kind,What was said/)
    expect(items).toContain(`"'=HYPERLINK(""http://x"")`)
    expect(report(['--data-dir', dataDir, '--townhall', townHallId, '--format', 'csv', '--table', 'followups', '--out', join(out, 'f.csv')]).status).toBe(0)
    expect(readFileSync(join(out, 'f.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(6)
    expect(report(['--data-dir', dataDir, '--example-townhall', '--format', 'xlsx', '--out', join(out, 'example.xlsx')]).status).toBe(0)
    expect(readFileSync(join(out, 'example.xlsx')).subarray(0, 2).toString()).toBe('PK')
    expect(report(['--data-dir', dataDir, '--example-townhall', '--format', 'townhall', '--out', join(out, 'x.roundtable-townhall.json')]).status).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'x.roundtable-townhall.json'), 'utf8'))).toMatchObject({ roundtableTownHall: 1, townHall: { title: AUSTIN_TOWN_HALL, status: 'finished' } })
  }, 120_000)

  it('says what is wrong and exits non-zero, writing nothing, in the shell’s language', () => {
    const out = join(tempDir(), 'nothing.html')
    const missing = report(['--data-dir', join(tempDir(), 'none'), '--latest', '--format', 'html', '--out', out])
    expect(missing.status).toBe(2)
    expect(missing.err).toMatch(/^roundtable report: There is no Roundtable data in .*none \(no roundtable\.db there\)\./)
    expect(existsSync(out)).toBe(false)
    const spanish = report(['--data-dir', '/tmp/x', '--latest', '--format', 'pdf', '--out', out], { LANG: 'es_MX.UTF-8' })
    expect(spanish.status).toBe(2)
    expect(spanish.err).toMatch(/^roundtable report: --format debe ser html, csv, xlsx, session o townhall, no "pdf"\. Uso: npm run report -- --data-dir DIR/)
    expect(report(['--data-dir', join(tempDir(), 'none'), '--latest', '--format', 'html', '--out', out], { LANG: 'en_US.UTF-8', LC_ALL: 'es_US.UTF-8' }).err).toMatch(/^roundtable report: No hay datos de Roundtable en /)
  }, 60_000)

  it.each([
    [['--latest', '--format', 'pdf', '--out', 'x'], '--format must be html, csv, xlsx, session or townhall, not "pdf"'],
    [['--format', 'html', '--out', 'x'], 'Name one session or town hall: --session ID, --latest, --example, --townhall ID or --example-townhall'],
    [['--latest', '--example', '--format', 'html', '--out', 'x'], 'Name one session or town hall: --session ID, --latest, --example, --townhall ID or --example-townhall'],
    [['--latest', '--example-townhall', '--format', 'html', '--out', 'x'], 'Name one session or town hall: --session ID, --latest, --example, --townhall ID or --example-townhall'],
    [['--townhall', 'austin', '--format', 'html', '--out', 'x'], '--townhall must be a town hall id (a UUID), not "austin"'],
    [['--example-townhall', '--format', 'session', '--out', 'x'], '--format session is for a session; a town hall is written with --format townhall'],
    [['--latest', '--format', 'townhall', '--out', 'x'], '--format townhall is for a town hall (--townhall ID or --example-townhall)'],
    [['--example-townhall', '--format', 'csv', '--table', 'gaps', '--out', 'x'], '--table must be items or followups for a town hall, not "gaps"'],
    [['--session', '42', '--format', 'html', '--out', 'x'], '--session must be a session id (a UUID), not "42"'],
    [['--latest', '--format', 'csv', '--table', 'notes', '--out', 'x'], '--table must be gaps or plan for a session, not "notes"'],
    [['--latest', '--format', 'html', '--lang', 'fr', '--out', 'x'], '--lang must be en or es, not "fr"'],
    [['--latest', '--format', 'html'], '--out is missing'],
    [['--latest', '--format', 'html', '--out', 'x', '--colour'], 'Unknown option "--colour"'],
    [['--latest', '--format', 'html', '--out'], 'Option "--out" needs a value'],
    [['--latest=yes', '--format', 'html', '--out', 'x'], 'Option "--latest" does not take a value'],
  ])('refuses %j: %s', (args, problem) => {
    const read = readReportArgs(['--data-dir', '/tmp/x', ...args], {})
    expect(read.ok === false && word('en', read.problem)).toBe(problem)
  })

  it('words its refusals in the shell’s language, or the one --lang names', () => {
    const wrong = ['--data-dir', '/tmp/x', '--example-townhall', '--format', 'csv', '--table', 'gaps', '--out', 'x']
    const spanish = readReportArgs(wrong, { LANG: 'es_MX.UTF-8' })
    expect(spanish.language).toBe('es')
    expect(spanish.ok === false && word(spanish.language, spanish.problem)).toBe('--table debe ser items o followups para una asamblea, no "gaps"')
    expect(readReportArgs([...wrong, '--lang', 'en'], { LANG: 'es_MX.UTF-8' }).language).toBe('en')
    expect(readReportArgs(['--lang', 'fr'], { LANG: 'es_MX.UTF-8' })).toMatchObject({ ok: false, language: 'es', problem: { key: 'cli.report.lang', values: { value: 'fr' } } })
    // The shell's language prints; only --lang chooses the report's own language.
    const read = readReportArgs(['--data-dir', '/tmp/x', '--latest', '--format', 'html', '--out', 'x'], { LANG: 'es_MX.UTF-8' })
    expect(read).toMatchObject({ ok: true, language: 'es', command: { language: undefined } })
  })
})
