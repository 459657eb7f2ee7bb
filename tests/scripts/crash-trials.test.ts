// A small run of the crash trials inside `npm test`; `npm run trial:crash -- --trials 100` is the full one.
import { describe, expect, it } from 'vitest'
import { check, runCrashTrials, type CrashFigures } from '../../scripts/trials/crash-trials'
import { seededRandom } from '../../scripts/trials/seeded-random'
import { useTempDirs } from '../helpers/temp-dir'

const tempDir = useTempDirs()

describe('crash trials', () => {
  it('kill -9 at random moments in a burst of edits and imports loses no acknowledged edit, half-writes nothing, corrupts nothing', async () => {
    const figures = await runCrashTrials({ trials: 3, dataDir: tempDir(), random: seededRandom(20261128) })
    expect(figures.problems).toEqual([])
    expect(figures).toMatchObject({ trials: 3, lost: 0, halfWritten: 0, corrupt: 0 })
    expect(figures.acknowledged).toBeGreaterThan(3)
  }, 120_000)

  it('would see an edit that was acknowledged but not saved', async () => {
    const dataDir = tempDir()
    const figures = await runCrashTrials({ trials: 1, dataDir, random: seededRandom(5) })
    const ready = figures.trials === 1
    expect(ready).toBe(true)
    const after: CrashFigures = { trials: 0, acknowledged: 0, lost: 0, halfWritten: 0, corrupt: 0, killedInImport: 0, problems: [] }
    await check(dataDir, [{ t: 'organization', name: 'A block club the child never saved' }, { t: 'importStarted', tag: 'never' }, { t: 'import', tag: 'never' }], after)
    expect(after.lost).toBe(2)
    expect(after.problems).toEqual(['lost: A block club the child never saved', 'lost: import never (0 of 40)'])
  }, 60_000)
})
