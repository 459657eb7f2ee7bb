// Hostile zip archives for the HSDS import: entry names that climb out (`../x`, `/etc/x`), sizes
// the central directory lies about, and bombs that are small packed and huge unpacked.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { HOSTILE_DIR } from './seeds'

export interface Entry {
  name: string
  bytes: Uint8Array
}

/** A zip of the entries as named (fflate writes any name it is given, `../` included). */
export function zipOf(entries: readonly Entry[], level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {}
  for (const entry of entries) files[entry.name] = [entry.bytes, { level }]
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') })
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** Where each central-directory record starts (none when the archive has no end record). */
export function centralRecords(zip: Uint8Array): number[] {
  const data = view(zip)
  let end = zip.length - 22
  while (end >= 0 && data.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) return []
  const count = data.getUint16(end + 10, true)
  const records: number[] = []
  let at = data.getUint32(end + 16, true)
  for (let i = 0; i < count && at + 46 <= zip.length && data.getUint32(at, true) === 0x02014b50; i++) {
    records.push(at)
    at += 46 + data.getUint16(at + 28, true) + data.getUint16(at + 30, true) + data.getUint16(at + 32, true)
  }
  return records
}

/** The archive with the unpacked sizes its central directory declares replaced (one per entry, in order, repeating). */
export function withDeclaredSizes(zip: Uint8Array, sizes: readonly number[]): Uint8Array {
  if (sizes.length === 0) return zip
  const copy = zip.slice()
  const data = view(copy)
  centralRecords(copy).forEach((at, index) => data.setUint32(at + 24, sizes[index % sizes.length]! >>> 0, true))
  return copy
}

const ROW = new TextEncoder().encode('svc-1,org-1,Night outreach,Outreach on the blocks at night,active\r\n')
let bomb: Uint8Array | undefined

/**
 * services.csv of 210 MB (one row repeated, unless told) packed to some 750 KB: over the 200 MB an import
 * unpacks, while the archive itself is small. Takes seconds: the fuzzer reads the corpus's copy.
 */
export function buildZipBomb(bytes = 210 * 1024 * 1024): Uint8Array {
  const header = new TextEncoder().encode('id,organization_id,name,description,status\r\n')
  const huge = new Uint8Array(bytes)
  huge.set(header)
  for (let at = header.length; at + ROW.length <= huge.length; at += ROW.length) huge.set(ROW, at)
  return zipOf([{ name: 'services.csv', bytes: huge }, { name: 'organizations.csv', bytes: new TextEncoder().encode('id,name\r\norg-1,Peace Walkers\r\n') }], 9)
}

/** The corpus's zip bomb (tests/fixtures/hostile/zip-bomb.zip), read once. */
export function zipBomb(): Uint8Array {
  bomb ??= new Uint8Array(readFileSync(join(HOSTILE_DIR, 'zip-bomb.zip')))
  return bomb
}

/** Names an archive may give an entry to climb out of where it is unpacked, or to hide what it is. */
export const HOSTILE_ENTRY_NAMES = [
  '../{name}',
  '../../../../tmp/{name}',
  '/etc/{name}',
  'C:\\Windows\\{name}',
  '..\\..\\{name}',
  'dir/../../{name}',
  './{name}',
  '__MACOSX/{name}',
  '{name}/',
  '{NAME}',
  '{name}\u0000.txt',
  'ünïcode-{name}',
  '{name}.zip',
]

export function entryName(pattern: string, name: string): string {
  return pattern.replace('{name}', name).replace('{NAME}', name.toUpperCase())
}
