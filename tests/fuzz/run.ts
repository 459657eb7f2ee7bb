// Runs one reader's fuzz cases in this process. Every case runs (a failure does not stop the
// rest); the first failure can then be replayed by fast-check from its seed and path and shrunk.
// supervise.ts runs each reader in a child process of its own, so a hang or a crash is counted too.
import fc from 'fast-check'
import type { FuzzTarget } from './target'
import { FUZZ_TARGETS } from './targets'

/** A case slower than this is a failure: a hostile file must be refused quickly, not ground through. */
export const SLOW_CASE_MS = 20_000
/** How long fast-check may shrink a failing case. */
export const SHRINK_MS = 60_000

export interface FuzzFailure {
  target: string
  /** The trial's seed (each target's own seed follows from it). */
  seed: number
  /** fast-check's path of the case (replay with `--seed S --only T --path P`). */
  path: string
  problem: string
  input: string
  shrunk?: string
}

export interface TargetRun {
  /** Cases to run, from case `from` on (earlier ones are generated and passed over). */
  cases: number
  seed: number
  from?: number
  /** Runs only the case at this path. */
  path?: string
  onCase?: (path: string, input: string) => void
  onFailure?: (failure: FuzzFailure) => void
}

export function targetNamed(name: string): FuzzTarget<unknown> {
  const found = FUZZ_TARGETS.find((t) => t.name === name)
  if (!found) throw new Error(`No fuzz target "${name}"; there are ${FUZZ_TARGETS.map((t) => t.name).join(', ')}.`)
  return found
}

/** The cases of each target: its share by weight, the rounding going to the first ones. */
export function shares(total: number, targets: readonly FuzzTarget<unknown>[]): number[] {
  const weight = targets.reduce((sum, t) => sum + t.weight, 0)
  const counts = targets.map((t) => Math.floor((total * t.weight) / weight))
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i++) counts[i % counts.length]!++
  return counts
}

/** Each target's own seed, from the trial's. */
export const targetSeed = (seed: number, target: FuzzTarget<unknown>) => (seed + FUZZ_TARGETS.indexOf(target) * 7919) | 0

function checked<T>(check: (input: T) => string | undefined, input: T): string | undefined {
  const started = performance.now()
  let problem: string | undefined
  try {
    problem = check(input)
  } catch (error) {
    problem = `the case threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`
  }
  const ms = performance.now() - started
  return problem ?? (ms > SLOW_CASE_MS ? `took ${Math.round(ms)} ms` : undefined)
}

/** Runs the cases; answers how many ran, how they ended, and the failures. */
export function runTarget(target: FuzzTarget<unknown>, options: TargetRun): { cases: number; failures: FuzzFailure[]; outcomes: Record<string, number> } {
  const from = options.from ?? 0
  const subject = target.open()
  const failures: FuzzFailure[] = []
  let index = 0
  let ran = 0
  try {
    const runs = options.path ? { numRuns: 1, path: options.path } : { numRuns: from + options.cases }
    fc.check(
      fc.property(target.arbitrary, (input) => {
        const path = options.path ?? String(index)
        if (index++ < from) return true
        ran++
        const description = target.describe(input).slice(0, 600)
        options.onCase?.(path, description)
        const problem = checked(subject.check, input)
        if (problem) {
          const failure = { target: target.name, seed: options.seed, path, problem, input: description }
          failures.push(failure)
          options.onFailure?.(failure)
        }
        return true
      }),
      { seed: targetSeed(options.seed, target), ...runs },
    )
  } finally {
    subject.close()
  }
  return { cases: ran, failures, outcomes: Object.fromEntries([...subject.outcomes].sort(([a], [b]) => a.localeCompare(b))) }
}

/** Replays one failing case from its seed and path and lets fast-check shrink it. */
export function shrink(target: FuzzTarget<unknown>, seed: number, path: string): string | undefined {
  const subject = target.open()
  try {
    const details = fc.check(
      fc.property(target.arbitrary, (input) => checked(subject.check, input) === undefined),
      { seed: targetSeed(seed, target), path, interruptAfterTimeLimit: SHRINK_MS, markInterruptAsFailure: false },
    )
    if (!details.failed || !details.counterexample) return undefined
    return `${target.describe(details.counterexample[0]).slice(0, 600)} (path ${details.counterexamplePath ?? path})`
  } finally {
    subject.close()
  }
}
