// The uploads the inventory import is fuzzed with: Roundtable CSVs with bytes changed or a
// hostile cell planted, HSDS packages with files changed, missing, renamed or broken and sent as
// files or as a zip (with climbing names, lying sizes, bombs), HSDS JSON changed anywhere, and noise.
import fc from 'fast-check'
import Papa from 'papaparse'
import { applyEdits, byteEdits, describeEdits, HOSTILE_KEYS, hostileText, keptText, type ByteEdit } from '../mutate'
import { change, changed, describeChange, pathsOf, written, type Change } from '../shapes'
import { bytesOf, seeds, textOf, type SeedFile } from '../seeds'
import { centralRecords, entryName, HOSTILE_ENTRY_NAMES, withDeclaredSizes, zipBomb, zipOf } from '../zips'

/** A cell planted in a file: which column of which row, and the text. */
export interface Planted {
  column: string
  row: number
  text: string
  /** For a planted organization name in HSDS: every name the organizations may be stored under. */
  names?: string[]
}

export interface InventoryCase {
  files: SeedFile[]
  label: string
  planted?: Planted
  commit: boolean
  skipRejected: boolean
  endNoLongerListed: boolean
}

type Upload = Pick<InventoryCase, 'files' | 'label' | 'planted'>

/** A CSV with one cell set to `text` (row counted from the first data row), written back by Papa. */
export function plantCell(bytes: Uint8Array, column: string, row: number, text: string | Reword): { bytes: Uint8Array; row: number; text: string } | undefined {
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
  const index = rows[0]?.indexOf(column) ?? -1
  if (index < 0 || rows.length < 2) return undefined
  const at = 1 + (row % (rows.length - 1))
  const cell = typeof text === 'string' ? text : reworded(rows[at]![index] ?? '', text)
  rows[at]![index] = cell
  return { bytes: bytesOf(Papa.unparse(rows, { newline: '\r\n' })), row: at + 1, text: cell }
}

/** One word of a cell replaced: a hostile token inside text a reader otherwise understands ("Mon-constructor 09:00"). */
export interface Reword {
  word: number
  token: string
}

export function reworded(cell: string, { word, token }: Reword): string {
  const words = [...cell.matchAll(/[\p{L}\p{N}]+/gu)]
  const found = words[word % Math.max(1, words.length)]
  return found ? cell.slice(0, found.index) + token + cell.slice(found.index + found[0].length) : token
}

const reword: fc.Arbitrary<Reword> = fc.record({ word: fc.nat(), token: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), hostileText) })

/** A CSV with one cell set (row -1 is the header), any column by number. */
function setCell(bytes: Uint8Array, column: number, row: number, text: string | Reword): Uint8Array {
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data
  const at = row < 0 ? 0 : 1 + (row % Math.max(1, rows.length - 1))
  const cells = rows[at]
  if (!cells || cells.length === 0) return bytes
  const index = column % cells.length
  cells[index] = typeof text === 'string' ? text : reworded(cells[index] ?? '', text)
  return bytesOf(Papa.unparse(rows, { newline: '\r\n' }))
}

function cellsOf(bytes: Uint8Array, column: string): string[] {
  const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data
  const index = header?.indexOf(column) ?? -1
  return rows.map((row) => row[index] ?? '')
}

/** Text columns, whose planted text is then looked for in the inventory as written. */
export const TEXT_COLUMNS = ['description', 'eligibility', 'organization_contact', 'service', 'organization']
const CSV_COLUMNS = [...TEXT_COLUMNS, ...TEXT_COLUMNS, 'organization_kind', 'category', 'community_areas', 'capacity_amount', 'capacity_unit', 'capacity_period', 'current_load', 'schedule', 'languages', 'min_age', 'max_age', 'response_time', 'status', 'last_verified']
const RENAMES = ['{name}', '{name}', '{name}.txt', '{name}.zip', '{name}.json', '{NAME}']

const csvBytes: fc.Arbitrary<Upload> = fc
  .tuple(fc.nat(), byteEdits, fc.constantFrom(...RENAMES))
  .map(([which, edits, rename]) => {
    const seed = seeds().csv[which % seeds().csv.length]!
    return { files: [{ name: entryName(rename, seed.name), bytes: applyEdits(seed.bytes, edits) }], label: `${seed.name}: ${describeEdits(edits)} as ${rename}` }
  })

const csvPlanted: fc.Arbitrary<Upload> = fc.tuple(fc.nat(), fc.constantFrom(...CSV_COLUMNS), fc.oneof(hostileText, reword)).map(([row, column, change]) => {
  const seed = seeds().csv[0]!
  const { bytes, row: at, text } = plantCell(seed.bytes, column, row, change)!
  return { files: [{ name: seed.name, bytes }], label: `${seed.name} row ${at} ${column} = ${JSON.stringify(text.slice(0, 60))} (${text.length})`, planted: { column, row: at, text } }
})

/** datapackage.json as a careless or hostile tool might write it. */
const BROKEN_DATAPACKAGES = [
  '',
  'null',
  '[]',
  '"datapackage"',
  '{',
  '{"resources": null}',
  '{"resources": {}}',
  '{"resources": [null, 1, "x", [], {"name": {}, "path": 5}, {"name": "service"}]}',
  '{"resources": [{"name": "service", "path": "organizations.csv"}, {"name": "organization", "path": "services.csv"}]}',
  '{"resources": [{"name": "service", "path": "../../../services.csv"}, {"name": "toString", "path": "organizations.csv"}]}',
  '{"resources": [{"name": "__proto__", "path": "services.csv"}, {"name": "constructor", "path": "x.csv"}]}',
  '{"name": {"toString": 1}, "resources": "services.csv"}',
  '{"name": "<script>alert(1)</script>", "resources": []}',
  '{"name": "   ", "resources": []}',
  '\uFEFF{"name": "with-bom", "resources": []}',
]

type PackageEdit =
  | { kind: 'bytes'; file: number; edits: ByteEdit[] }
  | { kind: 'drop'; file: number }
  | { kind: 'rename'; file: number; pattern: string }
  | { kind: 'datapackage'; text: string }
  | { kind: 'copy'; file: number; pattern: string }
  | { kind: 'cell'; file: number; column: number; row: number; text: string | Reword }

const packageEdit: fc.Arbitrary<PackageEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('bytes' as const), file: fc.nat(), edits: byteEdits }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), file: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), file: fc.nat(), pattern: fc.constantFrom(...HOSTILE_ENTRY_NAMES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('datapackage' as const), text: fc.oneof(fc.constantFrom(...BROKEN_DATAPACKAGES), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), file: fc.nat(), pattern: fc.constantFrom(...HOSTILE_ENTRY_NAMES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cell' as const), file: fc.nat(), column: fc.nat(), row: fc.integer({ min: -1, max: 1_000 }), text: fc.oneof(hostileText, fc.constantFrom(...HOSTILE_KEYS), reword) }) },
)

function editPackage(files: SeedFile[], edit: PackageEdit): SeedFile[] {
  const index = 'file' in edit ? edit.file % Math.max(1, files.length) : 0
  const target = files[index]
  switch (edit.kind) {
    case 'bytes':
      return files.map((f, i) => (i === index ? { name: f.name, bytes: applyEdits(f.bytes, edit.edits) } : f))
    case 'drop':
      return files.filter((_, i) => i !== index)
    case 'rename':
      return files.map((f, i) => (i === index ? { name: entryName(edit.pattern, f.name), bytes: f.bytes } : f))
    case 'copy':
      return target ? [...files, { name: entryName(edit.pattern, target.name), bytes: target.bytes }] : files
    case 'cell':
      return files.map((f, i) => (i === index && /\.csv$/.test(f.name) ? { name: f.name, bytes: setCell(f.bytes, edit.column, edit.row, edit.text) } : f))
    case 'datapackage':
      return [...files.filter((f) => f.name !== 'datapackage.json'), { name: 'datapackage.json', bytes: bytesOf(edit.text) }]
  }
}

const container = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ as: 'files' as const }) },
  { weight: 3, arbitrary: fc.record({ as: fc.constant('zip' as const), level: fc.constantFrom<0 | 6 | 9>(0, 6, 9), sizes: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(0, 1, 100, 70_000, 199 * 1024 * 1024, 0xffffffff), { minLength: 1, maxLength: 4 }) }), after: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: byteEdits }) }) },
)

const hsdsPackage: fc.Arbitrary<Upload> = fc
  .tuple(fc.nat(), fc.array(packageEdit, { maxLength: 3 }), container, fc.option(fc.tuple(fc.nat(), hostileText), { freq: 3 }))
  .map(([which, edits, box, plant]) => {
    const original = seeds().packages[which % seeds().packages.length]!
    let files = original
    let planted: Planted | undefined
    // Planted only in an otherwise intact package, so every organization name it may write is known.
    if (plant && edits.length === 0 && (box.as === 'files' || box.sizes.length + box.after.length === 0)) {
      const [row, text] = plant
      files = files.map((f) => {
        const done = f.name === 'organizations.csv' ? plantCell(f.bytes, 'name', row, text) : undefined
        if (done) planted = { column: 'name', row: done.row, text, names: cellsOf(done.bytes, 'name').map((name) => keptText(name) || 'Unnamed organization') }
        return done ? { name: f.name, bytes: done.bytes } : f
      })
    }
    files = edits.reduce(editPackage, files)
    const what = `package ${which % seeds().packages.length}: ${edits.map((e) => JSON.stringify({ ...e, ...('edits' in e ? { edits: describeEdits(e.edits) } : {}) })).join(', ')}${planted ? `, planted ${JSON.stringify(planted.text.slice(0, 60))} (${planted.text.length})` : ''}`
    if (box.as === 'files') return { files, label: `${what} as files`, ...(planted ? { planted } : {}) }
    const zip = applyEdits(withDeclaredSizes(zipOf(files, box.level), box.sizes), box.after)
    return { files: [{ name: 'directory.zip', bytes: zip }], label: `${what} as zip (level ${box.level}, sizes ${box.sizes.join('/')}, ${describeEdits(box.after)})`, ...(planted ? { planted } : {}) }
  })

const bomb: fc.Arbitrary<Upload> = fc
  .tuple(fc.array(fc.constantFrom(0, 1, 1_000, 65_536, 150 * 1024 * 1024, 0xffffffff), { maxLength: 2 }), fc.oneof(fc.constant([]), byteEdits))
  .map(([sizes, edits]) => ({
    files: [{ name: 'bomb.zip', bytes: applyEdits(withDeclaredSizes(zipBomb(), sizes), edits) }],
    label: `zip bomb (${centralRecords(zipBomb()).length} entries), sizes ${sizes.join('/')}, ${describeEdits(edits)}`,
  }))

const hsdsJson: fc.Arbitrary<Upload> = fc.tuple(fc.nat(), change).map(([at, edit]: [number, Change]) => {
  const seed = seeds().hsdsJson[0]!
  const value = JSON.parse(textOf(seed)) as unknown
  const paths = pathsOf(value)
  const path = paths[at % paths.length]!
  return { files: [{ name: seed.name, bytes: bytesOf(written(changed(value, path, edit), edit, (v) => JSON.stringify(v))) }], label: `${seed.name}: ${describeChange(path, edit)}` }
})

const noise: fc.Arbitrary<Upload> = fc
  .tuple(fc.uint8Array({ maxLength: 3_000 }), fc.constantFrom('noise.csv', 'noise.zip', 'noise.json', 'noise.txt', 'datapackage.json'))
  .map(([bytes, name]) => ({ files: [{ name, bytes }], label: `${bytes.length} random bytes as ${name}` }))

export const inventoryCase: fc.Arbitrary<InventoryCase> = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: csvBytes }, { weight: 3, arbitrary: csvPlanted }, { weight: 5, arbitrary: hsdsPackage }, { weight: 1, arbitrary: bomb }, { weight: 2, arbitrary: hsdsJson }, { weight: 1, arbitrary: noise }),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([upload, commit, skipRejected, endNoLongerListed]) => ({ ...upload, commit: commit || skipRejected, skipRejected, endNoLongerListed }))
