// Imports as jobs: each preview is read and planned by its own worker (memory-capped),
// which says how far it has got and can be cancelled; remapping, the skipped rows and the commit
// go to the same worker, which writes on its own connection. One upload is read at a time.
// Without a worker file (unit tests), the same imports run in this thread.
import { randomUUID } from 'node:crypto'
import { AppError, errorData, type ApiErrorData } from '../../../shared/errors'
import type { ImportJob } from '../../../shared/inventory/import-job'
import type { ImportCommit, ImportPreview, ImportRemap } from '../../../shared/inventory/model'
import type { ChosenFile } from './hsds-package'
import { readChosenFiles } from './chosen-files'
import type { CommitReply, ImportWorkerCall, ImportWorkerData, ToImportWorker } from './import-protocol'
import type { InventoryImports } from './imports'
import { createWriteGate, type WriteGate } from '../write-gate'
import { IMPORT_WORKER_HEAP_MB, startThreadWorker, type ImportWorkerChannel, type StartImportWorker } from './import-worker-channel'

const JOB_LIFETIME_MS = 30 * 60 * 1000

export interface ImportWorkerOptions {
  file: string
  data: ImportWorkerData
  /** What runs the worker: a thread unless told (Electron gives a utility process). */
  start?: StartImportWorker | undefined
}

interface Job {
  state: ImportJob['state']
  progress: ImportJob['progress']
  preview: ImportPreview | null
  error: ApiErrorData | null
  worker: ImportWorkerChannel | undefined
  /** Called once the files are read (or reading ended): streamed uploads are deleted then. */
  doneReading: () => void
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: AppError) => void }>
  startedAt: number
}

export type ImportJobs = ReturnType<typeof createImportJobs>

export function createImportJobs(imports: InventoryImports, clock: () => Date, workerOptions?: ImportWorkerOptions, gate: WriteGate = createWriteGate()) {
  const jobs = new Map<string, Job>()
  let nextCall = 1

  const stateOf = (jobId: string, job: Job): ImportJob => ({ jobId, state: job.state, progress: job.progress, preview: job.preview, error: job.error })

  function jobOf(jobId: string): Job {
    const job = jobs.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', 'error.import.previewExpired')
    return job
  }

  function end(jobId: string, job: Job): void {
    job.doneReading()
    job.worker?.stop()
    job.worker = undefined
    for (const { reject } of job.pending.values()) reject(new AppError('NOT_FOUND', 'error.import.previewExpired'))
    job.pending.clear()
    jobs.delete(jobId)
  }

  function forgetOldJobs(): void {
    const now = Date.now()
    for (const [jobId, job] of jobs) if (now - job.startedAt > JOB_LIFETIME_MS) end(jobId, job)
  }

  function startWorker(jobId: string, job: Job, files: readonly ChosenFile[], options: ImportWorkerOptions): void {
    const worker = (options.start ?? startThreadWorker)(options.file, options.data)
    job.worker = worker
    worker.onMessage((message) => {
      if (message.kind === 'progress') job.progress = { phase: message.phase, done: message.done, total: message.total }
      else if (message.kind === 'preview') {
        job.doneReading()
        job.state = 'ready'
        job.preview = message.preview
      } else if (message.kind === 'failed') {
        job.doneReading()
        job.state = 'failed'
        job.error = message.error
        worker.stop()
      } else {
        const pending = job.pending.get(message.id)
        job.pending.delete(message.id)
        if (message.ok) pending?.resolve(message.value)
        else pending?.reject(new AppError(message.error.code, message.error.reason, message.error.values, message.error.details))
      }
    })
    const failed = (error: ApiErrorData) => {
      job.doneReading()
      if (job.state === 'reading') {
        job.state = 'failed'
        job.error = error
      }
      for (const { reject } of job.pending.values()) reject(new AppError(error.code, error.reason, error.values))
      job.pending.clear()
      job.worker = undefined
    }
    worker.onFailure((why, detail) => {
      if (why === 'outOfMemory') failed(errorData('INVALID_INPUT', 'error.import.outOfMemory', { mb: IMPORT_WORKER_HEAP_MB }))
      else {
        console.error('[roundtable] import worker failed:', detail)
        failed(errorData('INTERNAL', 'error.import.workerStopped', { mb: IMPORT_WORKER_HEAP_MB }))
      }
    })
    worker.onExit(() => failed(errorData('NOT_FOUND', 'error.import.previewExpired')))
    post(job, { kind: 'preview', previewId: jobId, files: [...files], now: clock().toISOString() })
  }

  function post(job: Job, message: ToImportWorker): void {
    job.worker?.post(message)
  }

  /** Asks the job's worker and waits for its answer. */
  function ask<T>(job: Job, call: ImportWorkerCall): Promise<T> {
    const worker = job.worker
    if (!worker) return Promise.reject(new AppError('NOT_FOUND', 'error.import.previewExpired'))
    const id = nextCall++
    return new Promise<T>((resolve, reject) => {
      job.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      const message: ToImportWorker = { ...call, kind: 'call', id, now: clock().toISOString() }
      worker.post(message)
    })
  }

  function readyJob(previewId: string): Job {
    const job = jobOf(previewId)
    if (job.state !== 'ready') throw new AppError('CONFLICT', 'error.import.notReady')
    return job
  }

  return {
    /** Starts reading an upload; with a worker the answer comes at once, with the preview to follow. */
    start(files: readonly ChosenFile[], doneReading: () => void = () => {}): ImportJob {
      forgetOldJobs()
      if ([...jobs.values()].some((job) => job.state === 'reading')) throw new AppError('CONFLICT', 'error.import.busy')
      const jobId = randomUUID()
      let read = false
      const once = () => {
        if (!read) doneReading()
        read = true
      }
      const job: Job = { state: 'reading', progress: null, preview: null, error: null, worker: undefined, doneReading: once, pending: new Map(), startedAt: Date.now() }
      if (!workerOptions) {
        try {
          job.preview = imports.preview(readChosenFiles(files), undefined, jobId)
        } finally {
          once()
        }
        job.state = 'ready'
      } else {
        jobs.set(jobId, job)
        startWorker(jobId, job, files, workerOptions)
        return stateOf(jobId, job)
      }
      jobs.set(jobId, job)
      return stateOf(jobId, job)
    },

    status(jobId: string): ImportJob {
      const job = jobOf(jobId)
      const state = stateOf(jobId, job)
      if (job.state === 'failed') end(jobId, job)
      return state
    },

    /** Stops reading (or drops a preview): nothing was written, and nothing will be. */
    cancel(jobId: string): { cancelled: boolean } {
      const job = jobs.get(jobId)
      if (!job) return { cancelled: false }
      end(jobId, job)
      return { cancelled: true }
    },

    async remap(choices: ImportRemap): Promise<ImportPreview> {
      const job = readyJob(choices.previewId)
      job.preview = job.worker ? await ask<ImportPreview>(job, { method: 'remap', choices }) : imports.remap(choices)
      return job.preview
    },

    async skippedRows(previewId: string): Promise<{ fileName: string; content: string }> {
      const job = readyJob(previewId)
      return job.worker ? ask(job, { method: 'skippedRows', previewId }) : imports.skippedRows(previewId)
    },

    async commit(previewId: string, options: { skipRejected: boolean; endNoLongerListed: boolean }): Promise<ImportCommit> {
      const job = readyJob(previewId)
      if (!job.worker) {
        const result = imports.commit(previewId, options)
        jobs.delete(previewId)
        return result
      }
      await ask<{ staged: true }>(job, { method: 'commit', previewId, options })
      // The copy holds the store's write lock for a moment: calls wait for it here, never on the lock.
      const { result, step } = await gate.hold(() => ask<CommitReply>(job, { method: 'copy', previewId }))
      end(previewId, job)
      return { ...result, importId: imports.keepUndoStep(step) }
    },
  }
}
