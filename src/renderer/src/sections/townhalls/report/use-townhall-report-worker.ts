// Town-hall report files from React, made in the town-hall report worker.
import { useCallback } from 'react'
import type { Language } from '../../../../../shared/i18n/catalog'
import type { ReportFile } from '../../../../../shared/report/exports'
import type { TownHallReportFormat } from '../../../../../shared/townhall/report/exports'
import type { TownHallReportInput } from '../../../../../shared/townhall/report/input'
import { ReportCancelled, useReportWorkerRun } from '../../../lib/use-report-worker-run'
import type { TownHallReportJob } from './townhall-report.worker'

export { ReportCancelled }

type Make = (input: TownHallReportInput, language: Language, format: TownHallReportFormat) => Promise<ReportFile>

// At module scope so the hook's `make` keeps its identity between renders.
const startWorker = () => new Worker(new URL('./townhall-report.worker.ts', import.meta.url), { type: 'module', name: 'townhall-report' })

export function useTownHallReportWorker(): { make: Make; cancel: () => void; busy: boolean } {
  const { run, cancel, busy } = useReportWorkerRun<TownHallReportJob>(startWorker)
  const make = useCallback<Make>(
    (input, language, format) => run({ input, language, format, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [run],
  )
  return { make, cancel, busy }
}
