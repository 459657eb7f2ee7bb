// Under Electron, an import is read in a utility process (Chromium's own child process, with
// Node) rather than a thread of the main process: a file that exhausts its memory ends that
// process, not the app. Free of electron imports: index.ts hands in utilityProcess.fork, and the
// tests a stand-in built on child_process.
import { IMPORT_WORKER_HEAP_MB, type ImportWorkerChannel, type StartImportWorker } from '../services/inventory/import-worker-channel'
import type { FromImportWorker } from '../services/inventory/import-protocol'
import type { UtilityInit } from '../services/inventory/import-worker-port'

/** The part of Electron's UtilityProcess used here. */
export interface UtilityChild {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  on(event: 'error', listener: (type: string, location: string) => void): unknown
  kill(): boolean
}

export interface UtilityForkOptions {
  serviceName: string
  execArgv: string[]
  stdio: 'inherit'
}

/** utilityProcess.fork, as much of it as is used here. */
export type ForkUtility = (modulePath: string, args: string[], options: UtilityForkOptions) => UtilityChild

export function utilityImportWorker(fork: ForkUtility): StartImportWorker {
  return (file, data) => {
    const child = fork(file, [], {
      serviceName: 'Roundtable import',
      // The same cap a worker thread gets through resourceLimits.
      execArgv: [`--max-old-space-size=${IMPORT_WORKER_HEAP_MB}`],
      stdio: 'inherit',
    })
    let stopped = false
    let failure: { location: string } | undefined
    const init: UtilityInit = { kind: 'init', data }
    child.postMessage(init)
    const channel: ImportWorkerChannel = {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', (message) => listener(message as FromImportWorker)),
      onFailure: (listener) => {
        // V8's fatal errors (running out of memory among them) come as 'error', then 'exit'.
        child.on('error', (_type, location) => (failure = { location }))
        child.on('exit', (code) => {
          if (stopped) return
          if (failure && /heap|memory/i.test(failure.location)) listener('outOfMemory', failure)
          else if (failure || code !== 0) listener('crashed', failure ?? { code })
        })
      },
      onExit: (listener) => void child.on('exit', listener),
      stop: () => {
        stopped = true
        child.kill()
      },
    }
    return channel
  }
}
