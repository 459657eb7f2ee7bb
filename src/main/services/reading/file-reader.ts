// Reads picked files off the main thread: each reading gets its own worker thread, memory-capped,
// ended once it answers, and readings take turns (one file in memory at a time). Without a worker
// file (unit tests, the command line) the same work runs in this thread.
import { Worker } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { ReadingReply, ReadingRequest } from './reading-protocol'
import { runReadingTask, type ReadingInput, type ReadingKind, type ReadingOutput } from './reading-tasks'

/** A 5 MB scenario bundle parses in well under this; a hostile file ends its worker instead. */
export const READING_WORKER_HEAP_MB = 768

export type FileReader = ReturnType<typeof createFileReader>

export function createFileReader(workerFile?: string) {
  let turn: Promise<unknown> = Promise.resolve()

  function inWorker(file: string, request: ReadingRequest): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: READING_WORKER_HEAP_MB } })
      let answered = false
      worker.once('message', (reply: ReadingReply) => {
        answered = true
        void worker.terminate()
        if (reply.ok) resolve(reply.value)
        else reject(new AppError(reply.error.code, reply.error.reason, reply.error.values, reply.error.details))
      })
      worker.once('error', (error: Error & { code?: string }) => {
        answered = true
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new AppError('INVALID_INPUT', 'error.import.outOfMemory', { mb: READING_WORKER_HEAP_MB }))
        else {
          console.error('[roundtable] reading worker failed:', error)
          reject(new AppError('INTERNAL', 'error.internal'))
        }
      })
      worker.once('exit', () => {
        if (!answered) reject(new AppError('INTERNAL', 'error.import.workerStopped', { mb: READING_WORKER_HEAP_MB }))
      })
      worker.postMessage(request)
    })
  }

  return {
    /** Reads, parses and checks; the answer is plain data, nothing is written. */
    read<K extends ReadingKind>(kind: K, input: ReadingInput<K>): Promise<ReadingOutput<K>> {
      const run = (): Promise<unknown> => (workerFile ? inWorker(workerFile, { kind, input }) : Promise.resolve().then(() => runReadingTask(kind, input)))
      const result = turn.then(run, run)
      turn = result.catch(() => undefined)
      return result as Promise<ReadingOutput<K>>
    },
  }
}
