// Reads an uploaded CSV file: strict UTF-8, a size limit, and parse errors that name the row.
import Papa from 'papaparse'
import { fileProblem } from '../uploads'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export interface CsvTable {
  header: string[]
  /** The data rows, cells in header order; records[i] is row i + 2 as a spreadsheet numbers it. */
  records: string[][]
}

export { fileProblem }

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
    // A leading byte-order mark is dropped by the decoder (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw fileProblem(file, 'the file is not UTF-8 text (perhaps saved as Windows-1252 or Excel "CSV"); save it as "CSV UTF-8" and import it again')
  }
}

export function parseCsvTable(text: string, file: string): CsvTable {
  if (text.includes('\u0000')) throw fileProblem(file, 'the file contains binary data, not CSV text')
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true })
  const [firstError] = result.errors
  if (firstError) {
    const row = firstError.row === undefined ? undefined : firstError.row + 1
    throw fileProblem(file, `the CSV cannot be read: ${firstError.message.toLowerCase()}`, row)
  }
  const [first, ...rest] = result.data
  if (!first) throw fileProblem(file, 'the file is empty; it needs a header line and at least one row')
  const header = first.map((name) => name.trim())
  const ragged = rest.findIndex((record) => record.length !== header.length)
  if (ragged >= 0) {
    throw fileProblem(file, `the CSV cannot be read: this row has ${rest[ragged]!.length} cells where the header has ${header.length}`, ragged + 2)
  }
  return { header, records: rest }
}
