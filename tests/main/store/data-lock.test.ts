// One Roundtable per data folder, and a crashed one never leaves it locked.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { word } from '../../../src/shared/i18n/said'
import { openStore } from '../../../src/main/store/open-store'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const now = () => new Date('2026-11-23T12:00:00.000Z')
const ROOT = resolve(__dirname, '../../..')

function refusal(open: () => unknown): AppError {
  try {
    open()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the folder was opened twice')
}

/** Another process (as the desktop app would be) that opens the folder and keeps it open. */
async function otherRoundtable(dataDir: string) {
  const script = `
    import { openStore } from ${JSON.stringify(join(ROOT, 'src/main/store/open-store.ts'))}
    openStore({ dataDir: ${JSON.stringify(dataDir)} })
    process.stdout.write('open\\n')
    setInterval(() => {}, 1000)
  `
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer]
  expect(chunk.toString()).toBe('open\n')
  return child
}

describe('the data folder lock', () => {
  it('refuses a second opening of the same folder until the first is closed, saying who has it', () => {
    const dataDir = tempDir()
    const first = openStore({ dataDir, now })
    const error = refusal(() => openStore({ dataDir, now }))
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', reason: 'error.store.inUse', values: { folder: dataDir, pid: process.pid, since: '2026-11-23T12:00:00.000Z' } })
    expect(word('en', { key: 'error.store.inUse', values: error.values })).toContain(`(process ${process.pid}, since`)
    first.close()
    openStore({ dataDir, now }).close()
  })

  it('refuses while another process has the folder, and is free the moment that process is killed', async () => {
    const dataDir = tempDir()
    const other = await otherRoundtable(dataDir)
    try {
      expect(refusal(() => openStore({ dataDir, now })).values).toMatchObject({ pid: other.pid })
    } finally {
      other.kill('SIGKILL')
      await once(other, 'exit')
    }
    // No stale lock: the operating system let go of it with the process.
    const store = openStore({ dataDir, now })
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok')
    store.close()
  }, 30_000)
})
