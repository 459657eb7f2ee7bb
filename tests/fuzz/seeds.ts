// The real files the fuzzer starts from: inventory CSVs, HSDS packages (as files and as JSON),
// scenario files, and the session and town-hall files that ship with the app. Read once.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface SeedFile {
  name: string
  bytes: Uint8Array
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const RESOURCES_DIR = join(ROOT, 'resources')
export const SCENARIOS_DIR = join(ROOT, 'scenarios')
export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile')

const read = (path: string): SeedFile => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(join(ROOT, path))) })
const folder = (path: string, pattern: RegExp): SeedFile[] =>
  readdirSync(join(ROOT, path))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => read(`${path}/${name}`))

let cached: Seeds | undefined

export interface Seeds {
  /** Roundtable inventory CSVs, good and bad. */
  csv: SeedFile[]
  /** HSDS packages, each as its CSV files and datapackage.json. */
  packages: SeedFile[][]
  /** HSDS JSON: one service object with everything nested. */
  hsdsJson: SeedFile[]
  scenarios: SeedFile[]
  session: SeedFile
  townHall: SeedFile
}

export function seeds(): Seeds {
  cached ??= {
    csv: [
      read('tests/fixtures/inventory/good.csv'),
      read('tests/fixtures/inventory/hostile.csv'),
      read('tests/fixtures/inventory/bad-rows.csv'),
      read('tests/fixtures/imports/directory-services.csv'),
      read('resources/inventory/starter-inventory.csv'),
    ],
    packages: [
      folder('tests/fixtures/imports/westside-directory', /\.(csv|json)$/),
      folder('tests/fixtures/hsds-3.0-example', /\.csv$|^datapackage\.json$/),
    ],
    hsdsJson: [read('tests/fixtures/hsds-3.0-example/service_full.json')],
    scenarios: [...folder('scenarios', /\.yaml$/), ...folder('tests/fixtures/scenarios', /\.yaml$/)],
    session: read('resources/example-session.json'),
    townHall: read('resources/example-townhall.json'),
  }
  return cached
}

export const textOf = (file: SeedFile): string => new TextDecoder().decode(file.bytes)
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)
