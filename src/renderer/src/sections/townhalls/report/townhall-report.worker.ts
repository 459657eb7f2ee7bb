// The town-hall report worker: builds the report and writes one of its files off the main
// thread, so the window stays responsive and Cancel can stop it.
import type { Language } from '../../../../../shared/i18n/catalog'
import type { ReportFile } from '../../../../../shared/report/exports'
import { townHallReportFile, type TownHallReportFormat } from '../../../../../shared/townhall/report/exports'
import type { TownHallReportInput } from '../../../../../shared/townhall/report/input'

export interface TownHallReportJob {
  input: TownHallReportInput
  language: Language
  format: TownHallReportFormat
  timeZone: string
}

export type TownHallReportProgress = { done: ReportFile } | { error: string }

const scope = self as unknown as { onmessage: ((event: MessageEvent<TownHallReportJob>) => void) | null; postMessage: (message: TownHallReportProgress) => void }

scope.onmessage = (event) => {
  const { input, language, format, timeZone } = event.data
  townHallReportFile(input, language, format, timeZone).then(
    (done) => scope.postMessage({ done }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  )
}
