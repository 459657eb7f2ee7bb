// Runs the fuzz trial: each reader's share of the cases in a child process of its own, watched.
// A case that gives no answer within HANG_MS is a hang: the child is killed, the case counted
// as failed, and a new child goes on from the next case. A child that dies (out of memory, a
// native crash) fails its current case the same way.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { shares, SHRINK_MS, type FuzzFailure } from './run'
import { FUZZ_TARGETS } from './targets'

export const HANG_MS = 60_000

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type ChildLine =
  | { kind: 'case'; path: string; input: string }
  | { kind: 'failure'; failure: FuzzFailure }
  | { kind: 'ran'; cases: number; outcomes: Record<string, number> }
  | { kind: 'shrinking' }
  | { kind: 'shrunk'; shrunk: string }

export interface FuzzOptions {
  cases: number
  seed: number
  only?: readonly string[]
  path?: string
  shrink?: boolean
  hangMs?: number
  log?: (line: string) => void
}

export interface FuzzFigures {
  cases: number
  failures: FuzzFailure[]
  byTarget: { name: string; cases: number; failures: number; ms: number; outcomes: Record<string, number> }[]
}

interface ChildEnd {
  /** Cases answered, and the case running when the child stopped without finishing (hung or died). */
  answered: number
  stuck?: { path: string; input: string; why: string }
  failures: FuzzFailure[]
  outcomes: Record<string, number>
  shrunk?: string
}

function runChild(target: string, args: string[], hangMs: number): Promise<ChildEnd> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, '--target', target, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const end: ChildEnd = { answered: 0, failures: [], outcomes: {} }
    let current: { path: string; input: string } | undefined
    let shrinking = false
    let finished = false
    let hung = false
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const watch = (ms = hangMs) => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        hung = true
        child.kill('SIGKILL')
      }, ms)
    }
    watch()
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)))
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (!text.startsWith('{')) return
      const line = JSON.parse(text) as ChildLine
      watch()
      if (line.kind === 'case') {
        if (current) end.answered++
        current = line
      } else if (line.kind === 'failure') end.failures.push(line.failure)
      else if (line.kind === 'ran') {
        if (current) end.answered++
        current = undefined
        finished = true
        end.outcomes = line.outcomes
      } else if (line.kind === 'shrinking') {
        shrinking = true
        // fast-check stops shrinking after SHRINK_MS; past that the child is stuck in one case.
        watch(SHRINK_MS + hangMs)
      } else if (line.kind === 'shrunk') end.shrunk = line.shrunk
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // A hang or a death while shrinking loses only the shrunk case; during the run it fails the case.
      if (!finished && current && !shrinking) {
        const why = hung ? `hung: no answer in ${hangMs / 1000} s` : `the process died (${signal ?? `exit code ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`
        end.stuck = { ...current, why }
      } else if (!finished && !shrinking) {
        end.stuck = { path: '(start)', input: '', why: `the child stopped before its first case: ${stderr.slice(-600)}` }
      }
      resolve(end)
    })
  })
}

export async function superviseFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const targets = FUZZ_TARGETS.filter((t) => !options.only || options.only.includes(t.name))
  const counts = shares(options.cases, targets)
  const figures: FuzzFigures = { cases: 0, failures: [], byTarget: [] }
  for (const [index, target] of targets.entries()) {
    const started = performance.now()
    const failures: FuzzFailure[] = []
    const outcomes: Record<string, number> = {}
    let done = 0
    let shrunk: string | undefined
    const total = options.path ? 1 : counts[index]!
    while (done < total) {
      const args = ['--seed', String(options.seed), '--cases', String(total - done), '--from', String(done), ...(options.path ? ['--path', options.path] : []), ...(options.shrink === false ? ['--shrink', 'no'] : [])]
      const end = await runChild(target.name, args, options.hangMs ?? HANG_MS)
      failures.push(...end.failures)
      for (const [outcome, n] of Object.entries(end.outcomes)) outcomes[outcome] = (outcomes[outcome] ?? 0) + n
      shrunk ??= end.shrunk
      done += end.answered
      if (!end.stuck) break
      failures.push({ target: target.name, seed: options.seed, path: end.stuck.path, problem: end.stuck.why, input: end.stuck.input })
      if (end.stuck.path === '(start)') break
      done++
    }
    if (shrunk && failures[0]) failures[0].shrunk = shrunk
    const ms = performance.now() - started
    figures.cases += done
    figures.failures.push(...failures)
    figures.byTarget.push({ name: target.name, cases: done, failures: failures.length, ms, outcomes })
    const ended = Object.entries(outcomes).map(([outcome, n]) => `${outcome} ${n}`).join(', ')
    options.log?.(`${target.name}: ${done} cases, ${failures.length} failed, ${(ms / 1000).toFixed(1)} s (${ended})`)
  }
  return figures
}
