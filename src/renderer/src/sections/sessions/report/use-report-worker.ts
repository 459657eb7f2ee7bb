// Session report files from React, made in the session report worker.
import { useCallback } from 'react'
import type { ReportFile, ReportFormat } from '../../../../../shared/report/exports'
import type { ReportInput } from '../../../../../shared/report/input'
import type { ReportOptions } from '../../../../../shared/report/options'
import { ReportCancelled, useReportWorkerRun } from '../../../lib/use-report-worker-run'
import type { ReportJob } from './report.worker'

export { ReportCancelled }

type Make = (input: ReportInput, options: ReportOptions, format: ReportFormat) => Promise<ReportFile>

// At module scope so the hook's `make` keeps its identity between renders.
const startWorker = () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' })

export function useReportWorker(): { make: Make; cancel: () => void; busy: boolean } {
  const { run, cancel, busy } = useReportWorkerRun<ReportJob>(startWorker)
  const make = useCallback<Make>(
    (input, options, format) => run({ id: 1, input, options, format, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [run],
  )
  return { make, cancel, busy }
}
