// Runs one report job in its own worker, so Cancel (or a newer request for the preview) stops it
// at once by ending the worker. Session and town-hall reports differ only in the worker and job.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportFile } from '../../../shared/report/exports'

export class ReportCancelled extends Error {}

/** What a report worker may answer; other messages (progress stages) are not the end. */
type ReportAnswer = { done: ReportFile } | { error: string } | object

/**
 * `start` must build the worker itself (`new Worker(new URL('./x.worker.ts', import.meta.url))`):
 * the bundler finds worker files only where that expression is written literally.
 */
export function useReportWorkerRun<Job>(start: () => Worker): { run: (job: Job) => Promise<ReportFile>; cancel: () => void; busy: boolean } {
  const running = useRef<{ worker: Worker; reject: (error: Error) => void } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const cancel = useCallback(() => {
    running.current?.worker.terminate()
    running.current?.reject(new ReportCancelled())
    running.current = undefined
    setBusy(false)
  }, [])
  useEffect(() => cancel, [cancel])
  const run = useCallback(
    (job: Job) => {
      cancel()
      const worker = start()
      setBusy(true)
      return new Promise<ReportFile>((resolve, reject) => {
        const finish = () => {
          worker.terminate()
          if (running.current?.worker === worker) {
            running.current = undefined
            setBusy(false)
          }
        }
        running.current = { worker, reject }
        worker.addEventListener('message', (event: MessageEvent<ReportAnswer>) => {
          if ('done' in event.data) {
            finish()
            resolve(event.data.done)
          } else if ('error' in event.data) {
            finish()
            reject(new Error(event.data.error))
          }
        })
        worker.addEventListener('error', (event) => {
          finish()
          reject(new Error(event.message || 'The report could not be made.'))
        })
        worker.postMessage(job)
      })
    },
    [cancel, start],
  )
  return { run, cancel, busy }
}
