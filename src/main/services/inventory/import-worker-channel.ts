// How the main side talks to an import worker, whatever runs it: a worker thread under `serve`
// (memory-capped by resourceLimits), a utility process under Electron (see
// shell/utility-import-worker.ts). Either way the main side only posts, listens and stops it.
import { Worker } from 'node:worker_threads'
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-protocol'

/** The most memory an import's reading and planning may take before its worker is ended. */
export const IMPORT_WORKER_HEAP_MB = 1536

/** Why a worker stopped before it was told to. */
export type WorkerFailure = 'outOfMemory' | 'crashed'

export interface ImportWorkerChannel {
  post(message: ToImportWorker): void
  onMessage(listener: (message: FromImportWorker) => void): void
  /** A failure comes before the exit that follows it. */
  onFailure(listener: (why: WorkerFailure, detail: unknown) => void): void
  onExit(listener: () => void): void
  stop(): void
}

/** Starts the worker script `file` with what it needs to open the store. */
export type StartImportWorker = (file: string, data: ImportWorkerData) => ImportWorkerChannel

export const startThreadWorker: StartImportWorker = (file, data) => {
  const worker = new Worker(file, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB } })
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onFailure: (listener) =>
      void worker.on('error', (error: Error & { code?: string }) =>
        listener(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : 'crashed', error),
      ),
    onExit: (listener) => void worker.on('exit', listener),
    stop: () => void worker.terminate(),
  }
}
