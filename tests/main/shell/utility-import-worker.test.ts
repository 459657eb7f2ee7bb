import { fork } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportJob } from '../../../src/shared/inventory/import-job'
import { createInventoryService } from '../../../src/main/services/inventory'
import { startThreadWorker, type StartImportWorker } from '../../../src/main/services/inventory/import-worker-channel'
import { utilityImportWorker, type ForkUtility, type UtilityChild } from '../../../src/main/shell/utility-import-worker'
import { openStore } from '../../../src/main/store/open-store'
import { builtImportWorker, utilityBootstrap } from '../../helpers/import-worker-build'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const PACKAGE = join(__dirname, '../../fixtures/imports/westside-directory')
const NOW = new Date('2026-11-23T12:00:00.000Z')

/** Electron's utilityProcess.fork, played by child_process.fork and the bootstrap above. */
function standInFork(calls: { modulePath: string; execArgv: string[] }[]): ForkUtility {
  return (modulePath, args, options) => {
    calls.push({ modulePath, execArgv: options.execArgv })
    const child = fork(utilityBootstrap(), [modulePath, ...args], { execArgv: options.execArgv, serialization: 'advanced', stdio: 'inherit' })
    const utility: UtilityChild = {
      postMessage: (message) => void child.send(message as object),
      on: (event: string, listener: (...values: never[]) => void) => {
        if (event === 'message') child.on('message', listener as (message: unknown) => void)
        if (event === 'exit') child.on('exit', (code, signal) => (listener as (code: number) => void)(code ?? (signal ? 1 : 0)))
        return utility
      },
      kill: () => child.kill(),
    }
    return utility
  }
}

async function settled(read: () => ImportJob): Promise<ImportJob> {
  for (let i = 0; i < 600; i++) {
    const job = read()
    if (job.state !== 'reading') return job
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the import never finished reading')
}

function packagePaths(dir: string) {
  return readdirSync(PACKAGE)
    .filter((name) => /\.(csv|json)$/.test(name))
    .map((name) => {
      const path = join(dir, name)
      writeFileSync(path, readFileSync(join(PACKAGE, name)))
      return { name, path }
    })
}

describe.each([
  ['a worker thread (serve)', (): StartImportWorker => startThreadWorker],
  ['a utility process (Electron, played by a Node child process)', (): StartImportWorker => utilityImportWorker(standInFork([]))],
])('an import read by %s', (_label, starter) => {
  it('reads the picked files where they are, previews, and commits into the store', async () => {
    const store = openStore({ dataDir: tempDir() })
    const inventory = createInventoryService(store.db, () => NOW, { file: builtImportWorker(), data: { dbFile: store.file, nativeBinding: undefined }, start: starter() })
    let read = false
    const started = inventory.importJobs.start(packagePaths(tempDir()), () => (read = true))
    expect(started.state).toBe('reading')
    const job = await settled(() => inventory.importJobs.status(started.jobId))
    expect(job.error).toBeNull()
    expect(job.preview?.services).toEqual({ new: 13, updated: 0, unchanged: 0, rejected: 1 })
    expect(read).toBe(true)
    const result = await inventory.importJobs.commit(started.jobId, { skipRejected: true, endNoLongerListed: false })
    expect(result.counts.new).toBe(13)
    const peacekeepers = store.db.prepare(`SELECT count(*) AS n FROM service WHERE name LIKE 'Peacekeepers%'`)
    expect(peacekeepers.get()).toEqual({ n: 1 })
    // The import is one undoable step, wherever it was read.
    inventory.imports.undo(result.importId)
    expect(peacekeepers.get()).toEqual({ n: 0 })
    store.close()
  }, 60_000)
})

describe('the utility process under Electron', () => {
  it('is capped as a worker thread is, and a process that dies while reading is a clear failure with nothing written', async () => {
    const calls: { modulePath: string; execArgv: string[] }[] = []
    const dir = tempDir()
    const dying = join(dir, 'dies.mjs')
    writeFileSync(dying, 'process.exit(9)\n')
    const store = openStore({ dataDir: dir })
    const before = store.db.prepare('SELECT count(*) AS n FROM service').get()
    const inventory = createInventoryService(store.db, () => NOW, { file: dying, data: { dbFile: store.file, nativeBinding: undefined }, start: utilityImportWorker(standInFork(calls)) })
    const started = inventory.importJobs.start(packagePaths(tempDir()))
    const job = await settled(() => inventory.importJobs.status(started.jobId))
    expect(job.state).toBe('failed')
    expect(job.error?.reason).toBe('error.import.workerStopped')
    expect(calls).toEqual([{ modulePath: dying, execArgv: ['--max-old-space-size=1536'] }])
    expect(store.db.prepare('SELECT count(*) AS n FROM service').get()).toEqual(before)
    store.close()
  }, 30_000)
})
