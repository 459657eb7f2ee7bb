// An HSDS 3.0 tabular data package as files: reads one (a zip, or the CSV files chosen together)
// into tables, and writes tables as a zip of CSV files with datapackage.json.
import { strToU8, unzipSync, zipSync } from 'fflate'
import Papa from 'papaparse'
import {
  HSDS_FILES,
  HSDS_WRITTEN_TABLES,
  hsdsColumns,
  hsdsTableFor,
  type HsdsRecord,
  type HsdsTableName,
  type HsdsTables,
  type HsdsWrittenTable,
} from '../../../shared/inventory/hsds/files'
import { said } from '../../../shared/i18n/said'
import { decodeText, fileProblem, MAX_IMPORT_BYTES, parseCsvTable, tooLarge } from './csv-file'

export interface UploadedFile {
  name: string
  bytes: Uint8Array
}

/** A file chosen for import: its bytes, or where the bridge streamed it (read by the import worker). */
export type ChosenFile = UploadedFile | { name: string; path: string }

const MAX_UNPACKED_BYTES = 200 * 1024 * 1024

export interface HsdsPackage {
  tables: HsdsTables
  fileOf: (table: HsdsTableName) => string
  /** CSV files of the package Roundtable has no place for (funding, programs…), with their row counts. */
  unused: { file: string; rows: number }[]
  /** The package's own name in datapackage.json ("chicago-211-directory"), when it gives one. */
  datasetName: string | undefined
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

const notAZip = (file: string) => fileProblem(file, said('error.file.reason.notZip'))

/** Unpacks a zip, refusing archives that would unpack to more than 200 MB. */
export function unpackZip(file: UploadedFile): UploadedFile[] {
  let entries: Record<string, Uint8Array>
  try {
    let total = 0
    entries = unzipSync(file.bytes, {
      filter: (entry) => {
        total += entry.originalSize
        if (total > MAX_UNPACKED_BYTES) throw fileProblem(file.name, said('error.file.reason.unpacksTooLarge', { max: MAX_UNPACKED_BYTES / 1024 / 1024 }))
        const wanted = /\.(csv|json)$/i.test(entry.name) && !entry.name.startsWith('__MACOSX/')
        // Refused before it is unpacked: an entry past the size an import reads would only be refused after.
        if (wanted && entry.originalSize > MAX_IMPORT_BYTES) throw tooLarge(`${file.name}/${entry.name}`, entry.originalSize)
        // Deflate never packs data larger than it was: an entry packed bigger than its stated size lies
        // about it, and unpacking it would run through all the data the lie hides.
        if (wanted && entry.compression !== 0 && entry.size > entry.originalSize * 1.1 + 1024) throw notAZip(file.name)
        return wanted
      },
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error
    throw notAZip(file.name)
  }
  return Object.entries(entries).map(([name, bytes]) => ({ name: `${file.name}/${name}`, bytes }))
}

export function readHsdsPackage(files: readonly UploadedFile[]): HsdsPackage {
  const descriptor = files.find((f) => baseName(f.name).toLowerCase() === 'datapackage.json')
  const pathToTable = new Map<string, HsdsTableName>()
  let datasetName: string | undefined
  if (descriptor) {
    let parsed: unknown
    try {
      parsed = JSON.parse(decodeText(descriptor.bytes, descriptor.name))
    } catch (error) {
      if (error instanceof Error && error.name === 'AppError') throw error
      throw fileProblem(descriptor.name, said('error.file.reason.notJson'))
    }
    // A description that is not an object, or resources that are not objects, map nothing: the
    // tables are then found by their file names, as when there is no datapackage.json.
    const { resources, name } = isObject(parsed) ? (parsed as { resources?: unknown; name?: unknown }) : {}
    if (typeof name === 'string' && name.trim() !== '') datasetName = name.trim().slice(0, 200)
    if (Array.isArray(resources)) {
      for (const resource of resources.filter(isObject) as { name?: unknown; path?: unknown }[]) {
        const table = typeof resource.name === 'string' ? hsdsTableFor(resource.name) : undefined
        if (table && typeof resource.path === 'string') pathToTable.set(baseName(resource.path).toLowerCase(), table)
      }
    }
  }

  const tables: HsdsTables = {}
  const files_: Partial<Record<HsdsTableName, string>> = {}
  const unused: HsdsPackage['unused'] = []
  for (const file of files) {
    if (!/\.csv$/i.test(file.name)) continue
    const table = pathToTable.get(baseName(file.name).toLowerCase()) ?? hsdsTableFor(baseName(file.name))
    const { header, records } = parseCsvTable(decodeText(file.bytes, file.name), file.name)
    if (!table) {
      if (records.length > 0) unused.push({ file: file.name, rows: records.length })
      continue
    }
    tables[table] = records.map((record) => {
      const row: HsdsRecord = {}
      header.forEach((column, index) => (row[column] = record[index] ?? ''))
      return row
    })
    files_[table] = file.name
  }
  if (!tables.services) {
    const where = files.length === 1 ? files[0]!.name : said('error.file.chosenFiles')
    throw fileProblem(where, said('error.file.reason.noServicesCsv'))
  }
  return { tables, fileOf: (table) => files_[table] ?? HSDS_FILES[table].file, unused, datasetName }
}

/**
 * Writes tables as a tabular data package: one CSV per table, in the columns of HSDS_FILES.
 * Values are written exactly (no apostrophe before "=" as in the spreadsheet exports): the package
 * is meant for other directory tools, which read values, not formulas.
 */
export function writeHsdsPackage(tables: Record<HsdsWrittenTable, HsdsRecord[]>): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  const resources = []
  for (const table of HSDS_WRITTEN_TABLES) {
    const { file, resource } = HSDS_FILES[table]
    const columns = hsdsColumns(table)
    const csv = Papa.unparse({ fields: columns, data: tables[table].map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' })
    entries[file] = strToU8(csv + '\r\n')
    resources.push({
      name: resource,
      path: file,
      format: 'csv',
      mediatype: 'text/csv',
      profile: 'tabular-data-resource',
      schema: { fields: columns.map((column) => ({ name: column, type: 'string' })) },
    })
  }
  const descriptor = {
    name: 'roundtable-inventory',
    title: 'Roundtable resource inventory',
    profile: 'tabular-data-package',
    version: '3.0',
    resources,
  }
  entries['datapackage.json'] = strToU8(JSON.stringify(descriptor, null, 2))
  // A fixed date keeps the archive identical between exports of the same inventory.
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') })
}
