import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReportArgs } from '../../../src/main/cli/report-args'
import { startApp, TEST_NOW } from '../../helpers/app'
import { playSchoolSession } from '../../helpers/played-session'
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

  it('says what is wrong and exits non-zero, writing nothing', () => {
    const out = join(tempDir(), 'nothing.html')
    const missing = report(['--data-dir', join(tempDir(), 'none'), '--latest', '--format', 'html', '--out', out])
    expect(missing.status).toBe(2)
    expect(missing.err).toMatch(/^roundtable report: There is no Roundtable data in .*none \(no roundtable\.db there\)\./)
    expect(existsSync(out)).toBe(false)
  }, 60_000)

  it.each([
    [['--latest', '--format', 'pdf', '--out', 'x'], '--format must be html, csv, xlsx or session, not "pdf"'],
    [['--format', 'html', '--out', 'x'], 'Name one session: --session ID, --latest or --example'],
    [['--latest', '--example', '--format', 'html', '--out', 'x'], 'Name one session: --session ID, --latest or --example'],
    [['--session', '42', '--format', 'html', '--out', 'x'], '--session must be a session id (a UUID), not "42"'],
    [['--latest', '--format', 'csv', '--table', 'notes', '--out', 'x'], '--table must be gaps or plan, not "notes"'],
    [['--latest', '--format', 'html', '--lang', 'fr', '--out', 'x'], '--lang must be en or es, not "fr"'],
    [['--latest', '--format', 'html'], '--out is missing'],
  ])('refuses %j: %s', (args, problem) => {
    const read = readReportArgs(['--data-dir', '/tmp/x', ...args])
    expect(read).toEqual({ ok: false, problem })
  })
})
