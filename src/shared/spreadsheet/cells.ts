// The one way every spreadsheet export (CSV and XLSX) writes text: a cell that begins like a
// formula is neutralized with a leading apostrophe (OWASP's CSV-injection advice), so a
// spreadsheet shows it as text and never runs it. Plain numbers and phone numbers (-5, +1 312…) stay.
import Papa from 'papaparse'

const FORMULA_START = /^[=+\-@\t\r]/
const NUMBER_LIKE = /^[+-][\d\s().,-]*$/

export function safeCell(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_LIKE.test(text) ? `'${text}` : text
}

/**
 * Undoes safeCell when Roundtable reads back a file it wrote: "'=SUM(A1)" is the text "=SUM(A1)".
 * Only an apostrophe safeCell would have added is taken away; "'tis" stays as it is.
 */
export function unneutralizedCell(text: string): string {
  if (!text.startsWith("'")) return text
  const rest = text.slice(1)
  return safeCell(rest) === text ? rest : text
}

/** A typed cell of a table: text is neutralized; numbers and dates are written as such. */
export type TableCell = string | number | null

/** A table as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read accents right). */
export function csvOf(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const cells = (row: readonly TableCell[]) => row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : safeCell(cell)))
  return '\uFEFF' + Papa.unparse([cells(header), ...rows.map(cells)], { newline: '\r\n' }) + '\r\n'
}
