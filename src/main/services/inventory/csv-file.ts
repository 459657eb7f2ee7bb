// Reads an uploaded CSV file: strict UTF-8, a size limit, and parse errors that name the line.
import { CsvError, parse } from 'csv-parse/sync'
import { AppError } from '../../../shared/errors'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export interface CsvTable {
  header: string[]
  /** Each data row with its line number in the file (the header is line 1). */
  rows: { line: number; cells: Record<string, string> }[]
}

export function fileProblem(file: string, reason: string, line?: number): AppError {
  const where = line === undefined ? file : `${file}, line ${line}`
  return new AppError('INVALID_INPUT', `${where}: ${reason}`, { problems: [{ file, row: line ?? 0, column: '', reason }] })
}

/** Decodes the bytes as UTF-8, refusing other encodings with advice on how to re-save. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(0)
    throw fileProblem(file, `the file is ${megabytes} MB; Roundtable reads inventory files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`)
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fileProblem(file, 'the file is saved as UTF-16; save it as "CSV UTF-8" and import it again')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw fileProblem(file, 'the file is not UTF-8 text (perhaps saved as Windows-1252 or Excel "CSV"); save it as "CSV UTF-8" and import it again')
  }
}

export function parseCsvTable(text: string, file: string): CsvTable {
  if (text.includes('\u0000')) throw fileProblem(file, 'the file contains binary data, not CSV text')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as {
      record: string[]
      info: { lines: number }
    }[]
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines
      throw fileProblem(file, `the CSV cannot be read: ${error.message.replace(/^Invalid Record Length: /, '')}`, line)
    }
    throw error
  }
  const [first, ...rest] = records
  if (!first) throw fileProblem(file, 'the file is empty; it needs a header line and at least one row')
  const header = first.record.map((name) => name.trim())
  return {
    header,
    rows: rest.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])),
    })),
  }
}
