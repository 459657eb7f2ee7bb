// Files the facilitator picked, as every domain's import reads them: a problem names the file
// (and the row), and text must be UTF-8.
import { AppError } from '../../shared/errors'

export function fileProblem(file: string, reason: string, row?: number): AppError {
  const details = { problems: [{ file, row: row ?? 0, column: '', reason }] }
  return row === undefined
    ? new AppError('INVALID_INPUT', 'error.file.problem', { file, reason }, details)
    : new AppError('INVALID_INPUT', 'error.file.problemAtRow', { file, row, reason }, details)
}

/** A file's text: strict UTF-8, or an error naming the file. */
export function decodeUtf8(base64: string, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'))
  } catch {
    throw fileProblem(fileName, 'the file is not UTF-8 text; save it as UTF-8 and import it again')
  }
}
