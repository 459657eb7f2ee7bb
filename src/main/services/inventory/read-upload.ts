// Tells what was uploaded — a Roundtable CSV, an HSDS package (zip or its CSV files) or HSDS
// JSON — and reads it into import rows, problems and notes.
import { importProblem } from '../../../shared/inventory/import-problem'
import { areaMatcher } from '../../../shared/community-areas'
import { flattenHsdsJson } from '../../../shared/inventory/hsds/read-json'
import { readHsdsTables } from '../../../shared/inventory/hsds/read-tables'
import { checkHeader, createRowReader, type ImportedRow, type ImportProblem } from '../../../shared/inventory/roundtable-csv'
import type { Category } from '../../../shared/inventory/taxonomy'
import { COMMUNITY_AREA_SEEDS } from '../../../shared/community-area-list'
import { said } from '../../../shared/i18n/said'
import { decodeText, fileProblem, parseCsvTable } from './csv-file'
import { readHsdsPackage, unpackZip, type UploadedFile } from './hsds-package'
import type { ImportPlan } from './import-plan'
import type { FieldColumns } from './record-check'
import { everyRows, NO_PROGRESS, type ReportProgress } from './import-progress'

export type ImportFormat = 'roundtable-csv' | 'hsds-package' | 'hsds-json'

export interface ReadUpload {
  format: ImportFormat
  /** How the upload is named in messages: the file, or "3 files". */
  label: string
  /** Where the records come from, kept on each: the package's dataset name, else the file's name. */
  source: string
  columns: FieldColumns
  rows: ImportedRow[]
  rejectedRows: number
  rowCount: number
  problems: ImportProblem[]
  notes: ImportProblem[]
  /** The table whose rows are the import's rows (services), as read: for saving the skipped ones. */
  sourceRows: SourceRows
  /** Set when the header itself is wrong: no row is read then. */
  headerProblems?: ImportProblem[]
}

export interface SourceRows {
  file: string
  header: readonly string[]
  /** A row's cells in header order (row 2 is the first after the header), or undefined. */
  cellsOf: (row: number) => readonly string[] | undefined
}

/** An HSDS table's rows as CSV cells, in the columns its first rows use. */
function recordRows(file: string, records: readonly Record<string, string>[] | undefined): SourceRows {
  const header = [...new Set((records ?? []).slice(0, 100).flatMap((r) => Object.keys(r)))]
  const cellsOf = (row: number) => {
    const record = records?.[row - 2]
    return record && header.map((column) => record[column] ?? '')
  }
  return { file, header, cellsOf }
}

const matchArea = areaMatcher(COMMUNITY_AREA_SEEDS)

const ROUNDTABLE_COLUMNS: FieldColumns = {
  organization: { name: 'organization', kind: 'organization_kind', contactPerson: 'organization_contact', phone: 'organization_phone', email: 'organization_email' },
  service: { name: 'service', category: 'category', description: 'description', areaNumbers: 'community_areas', eligibility: 'eligibility', responseTime: 'response_time', capacity: 'capacity_unit', lastVerified: 'last_verified' },
}
const HSDS_COLUMNS: FieldColumns = {
  organization: { name: 'name', contactPerson: 'contacts.name', phone: 'phones.number', email: 'email' },
  service: { name: 'name', description: 'description', eligibility: 'eligibility_description', responseTime: 'wait_time', lastVerified: 'assured_date' },
}

export function readUpload(files: readonly UploadedFile[], categories: readonly Category[], progress: ReportProgress = NO_PROGRESS): ReadUpload {
  if (files.length === 0) throw fileProblem('(no file)', said('error.file.reason.noFile'))
  const only = files.length === 1 ? files[0]! : undefined
  const label = only ? only.name : `${files.length} files`

  if (only && /\.zip$/i.test(only.name)) {
    progress('unpacking', 0, 1)
    return readPackage(unpackZip(only), label, categories)
  }
  if (only && /\.json$/i.test(only.name)) return readJson(only, categories)
  if (files.some((f) => !/\.(csv|json)$/i.test(f.name))) {
    const odd = files.find((f) => !/\.(csv|json)$/i.test(f.name))!
    throw fileProblem(odd.name, said('error.file.reason.notImportable'))
  }
  if (only) return readRoundtableCsv(only, categories, progress)
  return readPackage(files, label, categories)
}

function readRoundtableCsv(file: UploadedFile, categories: readonly Category[], progress: ReportProgress): ReadUpload {
  const table = parseCsvTable(decodeText(file.bytes, file.name), file.name, { keepRagged: true })
  if (table.header.includes('organization_id') && table.header.includes('id')) {
    throw fileProblem(file.name, said('error.file.reason.hsdsTable'))
  }
  const base = { format: 'roundtable-csv' as const, label: file.name, source: baseName(file.name), columns: ROUNDTABLE_COLUMNS, rowCount: table.records.length, notes: [],
    sourceRows: { file: file.name, header: table.header, cellsOf: (row: number) => table.records[row - 2] },
  }
  const headerProblems = checkHeader(file.name, table.header)
  if (headerProblems.length > 0) {
    return { ...base, rows: [], rejectedRows: table.records.length, problems: headerProblems, headerProblems }
  }
  const known = new Set(categories.map((c) => c.id))
  const readRow = createRowReader(file.name, table.header, matchArea, (id) => known.has(id))
  const rows: ImportedRow[] = []
  const problems: ImportProblem[] = []
  const notes: ImportProblem[] = []
  let rejectedRows = 0
  const readRowDone = everyRows(progress, 'reading', table.records.length)
  table.records.forEach((record, index) => {
    readRowDone(index + 1)
    if (record.length !== table.header.length) {
      // A row cut short or run on (a stray quote or comma): one rejected row, not a refused file.
      rejectedRows++
      problems.push(importProblem(file.name, index + 2, '', 'import.reason.raggedRow', { cells: record.length, expected: table.header.length }))
      return
    }
    const result = readRow(index + 2, record)
    if (result.ok) {
      rows.push(result.value)
      notes.push(...result.notes)
    } else {
      rejectedRows++
      problems.push(...result.problems)
    }
  })
  return { ...base, rows, rejectedRows, problems, notes }
}

function readPackage(files: readonly UploadedFile[], label: string, categories: readonly Category[]): ReadUpload {
  const { tables, fileOf, unused, datasetName } = readHsdsPackage(files)
  const result = readHsdsTables(tables, fileOf, matchArea, categories)
  for (const { file, rows } of unused) {
    const what = baseName(file).replace(/\.csv$/i, '').replace(/_/g, ' ')
    result.notes.push(importProblem(file, 1, '', 'import.note.noPlaceFor', { what, rows }))
  }
  const source = datasetName ?? baseName(label)
  return { format: 'hsds-package', label, source, columns: HSDS_COLUMNS, sourceRows: recordRows(fileOf('services'), tables.services), rowCount: tables.services?.length ?? 0, ...result }
}

function readJson(file: UploadedFile, categories: readonly Category[]): ReadUpload {
  let json: unknown
  try {
    json = JSON.parse(decodeText(file.bytes, file.name))
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error
    throw fileProblem(file.name, said('error.file.reason.notJson'))
  }
  if (typeof json === 'object' && json !== null && 'resources' in json) {
    throw fileProblem(file.name, said('error.file.reason.packageDescription'))
  }
  const tables = flattenHsdsJson(json)
  if (!tables) throw fileProblem(file.name, said('error.file.reason.notHsdsJson'))
  const result = readHsdsTables(tables, () => file.name, matchArea, categories)
  return { format: 'hsds-json', label: file.name, source: baseName(file.name), columns: HSDS_COLUMNS, sourceRows: recordRows(file.name, tables.services), rowCount: tables.services?.length ?? 0, ...result }
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

/** The plan for a file whose header is wrong: nothing to write, every row rejected. */
export function emptyPlan(rowCount: number, problems: ImportProblem[]): ImportPlan {
  return {
    organizations: [],
    services: [],
    counts: { new: 0, updated: 0, unchanged: 0, rejected: rowCount },
    organizationCounts: { new: 0, updated: 0 },
    problems,
    matchedIds: new Set(),
  }
}
