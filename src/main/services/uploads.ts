// Files the facilitator picked, as every domain's import reads them: a problem names the file
// (and the row).
import { AppError } from '../../shared/errors'

export function fileProblem(file: string, reason: string, row?: number): AppError {
  const details = { problems: [{ file, row: row ?? 0, column: '', reason }] }
  return row === undefined
    ? new AppError('INVALID_INPUT', 'error.file.problem', { file, reason }, details)
    : new AppError('INVALID_INPUT', 'error.file.problemAtRow', { file, row, reason }, details)
}
