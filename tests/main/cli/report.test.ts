import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportArgs } from '../../../src/main/cli/report-args'
import { startApp, TEST_NOW } from '../../helpers/app'
import { HOSTILE, playSchoolSession } from '../../helpers/played-session'
import { AUSTIN_TOWN_HALL, playAustinTownHall } from '../../helpers/played-townhall'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

/** Runs `npm run report -- …` as coordination staff would (through tsx, as the script does). */
function report(args: string[]): { status: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/report.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
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
    expect(html.out).toMatch(/^Wrote .*informe\.html \(\d+ bytes\)\./)
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

  it('says what is wrong and exits non-zero, writing nothing', () => {
    const out = join(tempDir(), 'nothing.html')
    const missing = report(['--data-dir', join(tempDir(), 'none'), '--latest', '--format', 'html', '--out', out])
    expect(missing.status).toBe(2)
    expect(missing.err).toMatch(/^roundtable report: There is no Roundtable data in .*none \(no roundtable\.db there\)\./)
    expect(existsSync(out)).toBe(false)
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
  ])('refuses %j: %s', (args, problem) => {
    const read = readReportArgs(['--data-dir', '/tmp/x', ...args])
    expect(read).toEqual({ ok: false, problem })
  })
})
