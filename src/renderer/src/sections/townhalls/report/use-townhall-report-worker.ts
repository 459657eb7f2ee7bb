// Town-hall report files from React: each request runs in its own worker, so Cancel (or a newer
// request for the preview) stops it at once by ending the worker.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Language } from '../../../../../shared/i18n/catalog'
import type { ReportFile } from '../../../../../shared/report/exports'
import type { TownHallReportFormat } from '../../../../../shared/townhall/report/exports'
import type { TownHallReportInput } from '../../../../../shared/townhall/report/input'
import { ReportCancelled } from '../../sessions/report/use-report-worker'
import type { TownHallReportJob, TownHallReportProgress } from './townhall-report.worker'

export { ReportCancelled }

type Make = (input: TownHallReportInput, language: Language, format: TownHallReportFormat) => Promise<ReportFile>

export function useTownHallReportWorker(): { make: Make; cancel: () => void; busy: boolean } {
  const running = useRef<{ worker: Worker; reject: (error: Error) => void } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const cancel = useCallback(() => {
    running.current?.worker.terminate()
    running.current?.reject(new ReportCancelled())
    running.current = undefined
    setBusy(false)
  }, [])
  useEffect(() => cancel, [cancel])
  const make = useCallback<Make>(
    (input, language, format) => {
      cancel()
      const worker = new Worker(new URL('./townhall-report.worker.ts', import.meta.url), { type: 'module', name: 'townhall-report' })
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
        worker.addEventListener('message', (event: MessageEvent<TownHallReportProgress>) => {
          finish()
          if ('done' in event.data) resolve(event.data.done)
          else reject(new Error(event.data.error))
        })
        worker.addEventListener('error', (event) => {
          finish()
          reject(new Error(event.message || 'The report could not be made.'))
        })
        const job: TownHallReportJob = { input, language, format, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
        worker.postMessage(job)
      })
    },
    [cancel],
  )
  return { make, cancel, busy }
}
