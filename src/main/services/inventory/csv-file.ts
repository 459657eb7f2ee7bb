// Reads an uploaded CSV file: strict UTF-8, a size limit, and parse errors that name the row.
import Papa from 'papaparse'
import { said } from '../../../shared/i18n/said'
import { fileProblem } from '../uploads'

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export interface CsvTable {
  header: string[]
  /** The data rows, cells in header order; records[i] is row i + 2 as a spreadsheet numbers it. */
  records: string[][]
}

export { fileProblem }

/** The problem of a file past the size an import reads. */
export function tooLarge(file: string, size: number) {
  const megabytes = (size / 1024 / 1024).toFixed(0)
  return fileProblem(file, said('error.file.reason.tooLarge', { megabytes, max: MAX_IMPORT_BYTES / 1024 / 1024 }))
}

/** Decodes the bytes as UTF-8, refusing other encodings with advice on how to re-save. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(file, bytes.length)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fileProblem(file, said('error.file.reason.utf16'))
  }
  try {
    // A leading byte-order mark is dropped by the decoder (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw fileProblem(file, said('error.file.reason.notUtf8Csv'))
  }
}

/** The most rows and cells one CSV may hold: a 50,000-service city directory fits with room to spare. */
export const MAX_CSV_ROWS = 200_000
export const MAX_CSV_CELLS = 8_000_000

/**
 * Reads a CSV. A row with more or fewer cells than the header refuses the file, unless the caller
 * takes such rows as its own rejected rows (`keepRagged`): then they are returned as they are.
 */
export function parseCsvTable(text: string, file: string, options: { keepRagged?: boolean } = {}): CsvTable {
  if (text.includes('\u0000')) throw fileProblem(file, said('error.file.reason.binary'))
  // Counted row by row while parsing, so a file of millions of empty cells is refused before it fills memory.
  const data: string[][] = []
  let cells = 0
  let tooBig: 'rows' | 'cells' | undefined
  let firstError: Papa.ParseError | undefined
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: (result, parser) => {
      if (!firstError && result.errors[0]) firstError = { ...result.errors[0], row: data.length }
      cells += result.data.length
      if (data.length >= MAX_CSV_ROWS + 1) tooBig = 'rows'
      else if (cells > MAX_CSV_CELLS) tooBig = 'cells'
      if (tooBig) return parser.abort()
      data.push(result.data)
    },
  })
  if (tooBig === 'rows') throw fileProblem(file, said('error.file.reason.tooManyRows', { max: MAX_CSV_ROWS }))
  if (tooBig === 'cells') throw fileProblem(file, said('error.file.reason.tooManyCells', { max: MAX_CSV_CELLS }))
  if (firstError) {
    const row = firstError.row === undefined ? undefined : firstError.row + 1
    throw fileProblem(file, csvError(firstError), row)
  }
  const [first, ...rest] = data
  if (!first) throw fileProblem(file, said('error.file.reason.empty'))
  const header = first.map((name) => name.trim())
  const ragged = options.keepRagged ? -1 : rest.findIndex((record) => record.length !== header.length)
  if (ragged >= 0) {
    throw fileProblem(file, said('error.file.reason.csvRagged', { cells: rest[ragged]!.length, expected: header.length }), ragged + 2)
  }
  return { header, records: rest }
}

/** Papa Parse's error in our words: its codes, since its messages are English only. */
function csvError(error: Papa.ParseError) {
  switch (error.code) {
    case 'MissingQuotes':
      return said('error.file.reason.csvUnclosedQuote')
    case 'InvalidQuotes':
      return said('error.file.reason.csvBadQuote')
    case 'UndetectableDelimiter':
      return said('error.file.reason.csvNoDelimiter')
    default:
      return said('error.file.reason.csvUnreadable', { code: error.code })
  }
}
