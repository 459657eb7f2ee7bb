// One reader's fuzz cases in a child process (started by supervise.ts with `node --import tsx`):
// says each case before it runs and each failure after, one JSON line each, so the parent can
// name the case that hung or took the process down.
import { readOption } from '../../src/main/store/data-dir'
import { runTarget, shrink, targetNamed } from './run'
import type { ChildLine } from './supervise'

const say = (line: ChildLine) => process.stdout.write(`${JSON.stringify(line)}\n`)
const target = targetNamed(readOption(process.argv, '--target') ?? '')
const seed = Number(readOption(process.argv, '--seed'))
const path = readOption(process.argv, '--path')
const result = runTarget(target, {
  cases: Number(readOption(process.argv, '--cases')),
  seed,
  from: Number(readOption(process.argv, '--from') ?? '0'),
  ...(path ? { path } : {}),
  onCase: (path, input) => say({ kind: 'case', path, input }),
  onFailure: (failure) => say({ kind: 'failure', failure }),
})
say({ kind: 'ran', cases: result.cases, outcomes: result.outcomes })
const first = result.failures[0]
if (first && readOption(process.argv, '--shrink') !== 'no') {
  say({ kind: 'shrinking' })
  const shrunk = shrink(target, seed, first.path)
  if (shrunk) say({ kind: 'shrunk', shrunk })
}
