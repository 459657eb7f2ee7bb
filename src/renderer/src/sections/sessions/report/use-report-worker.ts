// Report files from React: each request runs in its own worker, so Cancel (or a newer request
// for the preview) stops it at once by ending the worker.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportFile, ReportFormat } from '../../../../../shared/report/exports'
import type { ReportInput } from '../../../../../shared/report/input'
import type { ReportOptions } from '../../../../../shared/report/options'
import type { ReportJob, ReportProgress } from './report.worker'

export class ReportCancelled extends Error {}

export function useReportWorker(): { make: (input: ReportInput, options: ReportOptions, format: ReportFormat) => Promise<ReportFile>; cancel: () => void; busy: boolean } {
  const running = useRef<{ worker: Worker; reject: (error: Error) => void } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const cancel = useCallback(() => {
    running.current?.worker.terminate()
    running.current?.reject(new ReportCancelled())
    running.current = undefined
    setBusy(false)
  }, [])
  useEffect(() => cancel, [cancel])
  const make = useCallback(
    (input: ReportInput, options: ReportOptions, format: ReportFormat) => {
      cancel()
      const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' })
      setBusy(true)
      return new Promise<ReportFile>((resolve, reject) => {
        const job: ReportJob = { id: 1, input, options, format, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
        const finish = () => {
          worker.terminate()
          if (running.current?.worker === worker) {
            running.current = undefined
            setBusy(false)
          }
        }
        running.current = { worker, reject }
        worker.addEventListener('message', (event: MessageEvent<ReportProgress>) => {
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
    [cancel],
  )
  return { make, cancel, busy }
}
