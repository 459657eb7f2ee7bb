// The report worker: builds the report and writes one of its files off the main thread, saying
// where it is, so the window stays responsive and Cancel can stop it.
import { reportFile, type ReportFile, type ReportFormat } from '../../../../../shared/report/exports'
import type { ReportInput } from '../../../../../shared/report/input'
import type { ReportOptions } from '../../../../../shared/report/options'

export interface ReportJob {
  id: number
  input: ReportInput
  options: ReportOptions
  format: ReportFormat
  timeZone: string
}

export type ReportProgress = { id: number; stage: 'building' } | { id: number; done: ReportFile } | { id: number; error: string }

const scope = self as unknown as { onmessage: ((event: MessageEvent<ReportJob>) => void) | null; postMessage: (message: ReportProgress) => void }

scope.onmessage = (event) => {
  const { id, input, options, format, timeZone } = event.data
  scope.postMessage({ id, stage: 'building' })
  reportFile(input, options, format, timeZone).then(
    (done) => scope.postMessage({ id, done }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  )
}
