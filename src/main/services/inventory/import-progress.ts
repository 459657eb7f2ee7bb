// How far an import's preview has got, for a progress bar: the phase, and rows done of rows.
export type ImportPhase = 'unpacking' | 'reading' | 'planning'

export type ReportProgress = (phase: ImportPhase, done: number, total: number) => void

export const NO_PROGRESS: ReportProgress = () => {}

/** Says progress every `every` rows (and at the last), not on each one. */
export function everyRows(report: ReportProgress, phase: ImportPhase, total: number, every = 1000): (done: number) => void {
  return (done) => {
    if (done % every === 0 || done === total) report(phase, done, total)
  }
}
