// The rows an import skipped, as a CSV in their own columns plus "skipped_because": the
// facilitator fixes them in a spreadsheet and imports the file later (Roundtable's CSV reader
// ignores that last column).
import { csvOf } from '../../../shared/spreadsheet/cells'
import type { ImportProblem } from '../../../shared/inventory/roundtable-csv'
import type { ReadUpload } from './read-upload'

export const SKIPPED_BECAUSE_COLUMN = 'skipped_because'

export function skippedRowsCsv(read: ReadUpload, problems: readonly ImportProblem[]): { fileName: string; content: string } {
  const { file, header, cellsOf } = read.sourceRows
  // Problems name the table's file, or the upload as a whole (a package's zip) for checks made across files.
  const reasons = new Map<number, string[]>()
  for (const problem of problems) {
    if (problem.row < 2 || (problem.file !== file && problem.file !== read.label)) continue
    const list = reasons.get(problem.row) ?? []
    list.push(problem.column ? `${problem.column}: ${problem.reason}` : problem.reason)
    reasons.set(problem.row, list)
  }
  const rows = [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      // A row cut short is padded so its reason stays in the last column; nothing of a row is dropped.
      const cells = [...(cellsOf(row) ?? [])]
      while (cells.length < header.length) cells.push('')
      return [...cells, reasons.get(row)!.join('; ')]
    })
  const base = (file.split('/').pop() ?? file).replace(/\.(csv|json)$/i, '')
  return { fileName: `${base}-skipped-rows.csv`, content: csvOf([...header, SKIPPED_BECAUSE_COLUMN], rows) }
}
