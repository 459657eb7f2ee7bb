// Every file of the hostile corpus (tests/fixtures/hostile, written by scripts/write-hostile-corpus.ts)
// through the reader it was made for, held to what the fuzzer holds every case to (a clear error
// or a correct import, nothing written by a refusal, planted text stored as written), and to the
// outcome and words expected of it.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_ERRORS_PER_FILE, parseScenarioFile } from '../../src/shared/scenario/parse'
import { HOSTILE_DIR, type SeedFile } from './seeds'
import type { FuzzSubject, FuzzTarget } from './target'
import { inventoryTarget } from './targets/inventory'
import { sessionFilesTarget, townHallFilesTarget } from './targets/records'
import { scenariosTarget } from './targets/scenarios'

interface Entry {
  file: string
  outcome: string
  said?: RegExp
  /** Text in the file to find stored as written: the column (inventory) it is in, and the text. */
  planted?: { column?: string; row?: number; text: string }
}

const INVENTORY: Entry[] = [
  { file: 'latin1.csv', outcome: 'refused', said: /not UTF-8 text/ },
  { file: 'utf16-bom.csv', outcome: 'refused', said: /saved as UTF-16/ },
  { file: 'bom-crlf.csv', outcome: 'imported' },
  { file: 'formula-and-markup.csv', outcome: 'imported with planted text', planted: { column: 'service', row: 2, text: '<script>alert(1)</script>' } },
  { file: 'formula-and-markup.csv', outcome: 'imported with planted text', planted: { column: 'organization', row: 2, text: "=cmd|' /C calc'!A0" } },
  { file: 'formula-and-markup.csv', outcome: 'imported with planted text', planted: { column: 'eligibility', row: 2, text: '<img src=x onerror=alert(1)>' } },
  { file: 'prototype-words.csv', outcome: 'imported', said: /"constructor-fri" is not a day/ },
  { file: 'huge-cell.csv', outcome: 'imported', said: /longer than 5000 characters/ },
  { file: 'stray-quote.csv', outcome: 'refused', said: /cannot be read/ },
  { file: 'nul-bytes.csv', outcome: 'refused', said: /binary data/ },
  { file: 'empty.csv', outcome: 'refused', said: /the file is empty/ },
  { file: 'header-only.csv', outcome: 'nothing to import' },
  { file: 'broken-datapackage', outcome: 'imported' },
  { file: 'datapackage-syntax-error', outcome: 'refused', said: /datapackage\.json: is not valid JSON/ },
  { file: 'datapackage-odd-resources', outcome: 'imported' },
  { file: 'missing-services', outcome: 'refused', said: /has no services\.csv/ },
  { file: 'zip-slip.zip', outcome: 'imported' },
  { file: 'zip-bomb.zip', outcome: 'refused', said: /unpacks to more than 200 MB/ },
  { file: 'zip-bomb-lying-size.zip', outcome: 'refused', said: /not a zip archive/ },
  { file: 'not-a-zip.zip', outcome: 'refused', said: /not a zip archive/ },
  { file: 'truncated.zip', outcome: 'refused', said: /not a zip archive/ },
  { file: 'hsds-object-id.json', outcome: 'imported' },
]

const SCENARIOS: Entry[] = [
  { file: 'alias-bomb.yaml', outcome: 'invalid', said: /repeats its anchors/ },
  { file: 'deep-nesting.yaml', outcome: 'invalid', said: /not valid YAML/ },
  { file: 'deep-nesting.json', outcome: 'invalid', said: /not valid YAML/ },
  { file: 'repeated-block.yaml.gz', outcome: 'invalid', said: /not valid YAML: Maximum call stack size exceeded/ },
  { file: 'stray-quotes.yaml.gz', outcome: 'invalid', said: /not valid YAML/ },
  { file: 'huge-string.yaml.gz', outcome: 'invalid', said: /up to 5 MB/ },
  { file: 'invalid-utf8.yaml', outcome: 'refused', said: /not UTF-8 text/ },
  { file: 'utf16.yaml', outcome: 'refused', said: /not UTF-8 text/ },
  { file: 'bom.yaml', outcome: 'imported' },
  { file: 'cycle.yaml', outcome: 'invalid', said: /self/ },
  { file: 'tags.yaml', outcome: 'invalid' },
  { file: 'duplicate-keys.yaml', outcome: 'invalid', said: /not valid YAML/ },
  { file: 'markup-title.yaml', outcome: 'imported with planted title', planted: { text: "<script>alert('title')</script> & <b>bold</b>" } },
]

const SESSIONS: Entry[] = [
  { file: 'session-truncated.json', outcome: 'invalid', said: /not a Roundtable session file/ },
  { file: 'session-deep-reason.json', outcome: 'invalid', said: /^reportSnapshot\.assessments\.\d+\.reasons\.0\.extra: / },
  { file: 'session-newer-version.json', outcome: 'invalid', said: /newer Roundtable \(version 2\)/ },
  { file: 'session-bom.json', outcome: 'imported' },
  { file: 'session-invalid-utf8.json', outcome: 'refused', said: /not UTF-8 text/ },
  { file: 'session-deep-nesting.json', outcome: 'invalid', said: /no "roundtableSession" version/ },
]

const TOWN_HALLS: Entry[] = [
  { file: 'townhall-wrong-version.json', outcome: 'invalid', said: /newer Roundtable \(version 2\)/ },
  { file: 'townhall-version-string.json', outcome: 'invalid', said: /^roundtableTownHall: / },
  { file: 'townhall-truncated.json', outcome: 'invalid', said: /not a Roundtable town-hall file/ },
  { file: 'townhall-markup.json', outcome: 'imported', planted: { text: '<script>alert("town hall")</script> =cmd|\' /C calc\'!A0' } },
]

/** A corpus file as picked: its bytes (a .gz unpacked), or every file of a folder. */
function picked(name: string): SeedFile[] {
  const path = join(HOSTILE_DIR, name)
  if (statSync(path).isDirectory()) return readdirSync(path).sort().map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(path, file))) }))
  const bytes = new Uint8Array(readFileSync(path))
  return name.endsWith('.gz') ? [{ name: name.slice(0, -3), bytes: new Uint8Array(gunzipSync(bytes)) }] : [{ name, bytes }]
}

function corpus<T>(target: FuzzTarget<T>, entries: Entry[], inputOf: (entry: Entry) => T): void {
  describe(`the hostile corpus through ${target.name}`, () => {
    let subject: FuzzSubject<T>
    beforeAll(() => {
      subject = target.open()
    })
    afterAll(() => subject.close())
    it.each(entries.map((entry) => [entry.file, entry] as const))('%s: a clear error or a correct import, as expected', (_file, entry) => {
      expect(subject.check(inputOf(entry))).toBeUndefined()
      expect(subject.last.outcome).toBe(entry.outcome)
      if (entry.said) expect(subject.last.said).toMatch(entry.said)
    })
  })
}

corpus(inventoryTarget, INVENTORY, (entry) => ({
  files: picked(entry.file),
  label: entry.file,
  commit: true,
  skipRejected: true,
  endNoLongerListed: false,
  ...(entry.planted ? { planted: { column: entry.planted.column!, row: entry.planted.row!, text: entry.planted.text } } : {}),
}))
corpus(scenariosTarget, SCENARIOS, (entry) => ({ files: picked(entry.file), label: entry.file, ...(entry.planted ? { title: entry.planted.text } : {}) }))
corpus(sessionFilesTarget, SESSIONS, (entry) => ({ file: picked(entry.file)[0]!, label: entry.file, mode: 'copy' as const, ...(entry.planted ? { planted: entry.planted.text } : {}) }))
corpus(townHallFilesTarget, TOWN_HALLS, (entry) => ({ file: picked(entry.file)[0]!, label: entry.file, mode: 'copy' as const, ...(entry.planted ? { planted: entry.planted.text } : {}) }))

describe('the hostile corpus', () => {
  it('lists the first errors of a file with hundreds of thousands, not all of them', () => {
    const [file] = picked('stray-quotes.yaml.gz')
    const read = parseScenarioFile(new TextDecoder().decode(file!.bytes), file!.name)
    expect(read.ok ? 0 : read.errors.length).toBe(MAX_ERRORS_PER_FILE)
  })

  it('has an expectation for every file in it', () => {
    const expected = new Set([...INVENTORY, ...SCENARIOS, ...SESSIONS, ...TOWN_HALLS].map((e) => e.file))
    expect(readdirSync(HOSTILE_DIR).filter((name) => !expected.has(name) && name !== 'SOURCE.md')).toEqual([])
  })
})
