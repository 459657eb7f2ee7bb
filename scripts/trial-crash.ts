// `npm run trial:crash -- --trials N [--seed S]`: kill -9 the app's services at random moments
// in a burst of real edits, reopen, check. Prints `bench reliability.crash_trials N` and
// `bench reliability.lost_edits N` (and the half-written and corrupt counts); exits 1 on any loss.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readOption } from '../src/main/store/data-dir'
import { runCrashTrials } from './trials/crash-trials'
import { seededRandom } from './trials/seeded-random'

const trials = Number(readOption(process.argv, '--trials') ?? '100')
const seed = Number(readOption(process.argv, '--seed') ?? String(Date.now() % 1_000_000))
const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-crash-'))
const started = performance.now()
try {
  const figures = await runCrashTrials({ trials, dataDir, random: seededRandom(seed) })
  console.log(`crash trials: seed ${seed}, ${figures.acknowledged} acknowledged edits, ${figures.killedInImport} kills during an import, ${Math.round((performance.now() - started) / 1000)} s`)
  for (const problem of figures.problems.slice(0, 20)) console.log(`  ${problem}`)
  console.log(`bench reliability.crash_trials ${figures.trials} trials`)
  console.log(`bench reliability.lost_edits ${figures.lost} edits`)
  console.log(`bench reliability.half_written ${figures.halfWritten} imports`)
  console.log(`bench reliability.corrupt ${figures.corrupt} files`)
  process.exitCode = figures.lost + figures.halfWritten + figures.corrupt > 0 ? 1 : 0
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
