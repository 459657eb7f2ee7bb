// Files the facilitator picked, as every domain's import reads them: a problem names the file
// (and the row), its reason a message the reader's side words in its own language.
import { AppError } from '../../shared/errors'
import { importProblemOf } from '../../shared/inventory/import-problem'
import { word, type Said } from '../../shared/i18n/said'

/** A whole file refused: `file` is its name, or a message when there is no one name ("the chosen files"). */
export function fileProblem(file: string | Said, reason: Said, row?: number): AppError {
  const named = typeof file === 'string' ? file : word('en', file)
  const details = { problems: [importProblemOf(named, row ?? 0, '', reason)] }
  return row === undefined
    ? new AppError('INVALID_INPUT', 'error.file.problem', { file, reason }, details)
    : new AppError('INVALID_INPUT', 'error.file.problemAtRow', { file, row, reason }, details)
}
