// Session and town-hall files under fuzzing, read as a picked file is (strict UTF-8, then JSON,
// then the schema) and written in one transaction: the shipped example files with bytes changed,
// a field changed anywhere, text planted in a field, and files that are not one at all. Each case
// runs inside a transaction rolled back afterwards, so every case meets the same laptop.
import fc from 'fast-check'
import type Database from 'better-sqlite3'
import { createInventoryService } from '../../../src/main/services/inventory'
import { ensureStarterInventory } from '../../../src/main/services/inventory/starter'
import { runReadingTask } from '../../../src/main/services/reading/reading-tasks'
import { createScenarioLibrary } from '../../../src/main/services/scenarios'
import { createSessionService } from '../../../src/main/services/sessions'
import { createSessionJournal } from '../../../src/main/services/sessions/journal'
import { createSessionFiles } from '../../../src/main/services/sessions/session-files'
import { createTownHallService } from '../../../src/main/services/townhalls'
import { createTownHallFiles } from '../../../src/main/services/townhalls/townhall-files'
import { contract } from '../../../src/shared/contract'
import { countOf, fingerprint, messageOf, problemLine, stringsIn, tempStore, unclearError, unclearProblems } from '../checks'
import { applyEdits, byteEdits, concat, describeEdits, hostileText } from '../mutate'
import { bytesOf, RESOURCES_DIR, seeds, textOf, type SeedFile } from '../seeds'
import { change, changed, describeChange, nestedJsonText, pathsOf, valueAt, written, type Change, type JsonPath } from '../shapes'
import { tally, untallied, type FuzzTarget } from '../target'

type Mode = 'ask' | 'replace' | 'copy'

interface RecordCase {
  file: SeedFile
  label: string
  mode: Mode
  /** Text planted in a field, to find stored as written (or trimmed, as the schemas document). */
  planted?: string
}

interface RecordKind {
  name: 'sessions' | 'townHalls'
  seed: () => SeedFile
  /** Where text may be planted: fields of the record itself, never of the inventory it carries. */
  roots: string[]
  versionKey: string
}

const SESSION: RecordKind = { name: 'sessions', seed: () => seeds().session, roots: ['session', 'participants', 'document', 'variables'], versionKey: 'roundtableSession' }
const TOWN_HALL: RecordKind = { name: 'townHalls', seed: () => seeds().townHall, roots: ['townHall', 'document'], versionKey: 'roundtableTownHall' }
const TEXT_KEYS = new Set(['title', 'place', 'facilitator', 'text', 'note', 'name', 'label', 'narrative', 'description', 'summary', 'role', 'what', 'facilitatorNotes', 'reason', 'notes', 'organizationName', 'ownerName', 'pointOfContact', 'topics'])
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf)

function recordCase(kind: RecordKind): fc.Arbitrary<RecordCase> {
  let cache: { value: unknown; paths: JsonPath[]; textPaths: JsonPath[]; objectPaths: JsonPath[] } | undefined
  const seed = () => {
    if (!cache) {
      const value = JSON.parse(textOf(kind.seed())) as unknown
      const paths = pathsOf(value)
      const textPaths = paths.filter((p) => kind.roots.includes(String(p[0])) && TEXT_KEYS.has(String(p[p.length - 1])) && typeof valueAt(value, p) === 'string')
      const objectPaths = paths.filter((p) => { const node = valueAt(value, p); return typeof node === 'object' && node !== null && !Array.isArray(node) })
      cache = { value, paths, textPaths, objectPaths }
    }
    return cache
  }
  const mode = fc.constantFrom<Mode>('ask', 'replace', 'copy')
  const name = `${kind.name}.json`
  const bytes = fc.tuple(byteEdits, mode).map(([edits, mode]) => ({ file: { name, bytes: applyEdits(kind.seed().bytes, edits) }, label: describeEdits(edits), mode }))
  const field = fc.tuple(fc.nat(), change, mode, fc.boolean()).map(([at, edit, mode, bom]) => {
    const { value, paths } = seed()
    const path = paths[at % paths.length]!
    const text = bytesOf(written(changed(value, path, edit), edit, (v) => JSON.stringify(v, null, bom ? 1 : undefined)))
    return { file: { name, bytes: bom ? concat(BOM, text) : text }, label: `${describeChange(path, edit)}${bom ? ' with BOM' : ''}`, mode }
  })
  // Nesting under a new key of any object: found out wherever a schema lets unknown keys through.
  const deepKey = fc.tuple(fc.nat(), fc.integer({ min: 2_000, max: 100_000 }), mode).map(([at, depth, mode]) => {
    const { value, objectPaths } = seed()
    const path = objectPaths[at % objectPaths.length]!
    const edit: Change = { kind: 'nest', depth, as: 'array', key: 'extra' }
    return { file: { name, bytes: bytesOf(written(changed(value, path, edit), edit, (v) => JSON.stringify(v))) }, label: describeChange(path, edit), mode }
  })
  const planted = fc.tuple(fc.nat(), hostileText, mode).map(([at, text, mode]) => {
    const { value, textPaths } = seed()
    const path = textPaths[at % textPaths.length]!
    return { file: { name, bytes: bytesOf(JSON.stringify(changed(value, path, { kind: 'set', value: text, label: '' }))) }, label: `${path.join('.')} = ${JSON.stringify(text.slice(0, 60))} (${text.length})`, mode, planted: text }
  })
  const raw = fc.tuple(fc.constantFrom('', 'null', '[]', '"x"', '{}', `{"${kind.versionKey}": 2}`, `{"${kind.versionKey}": "1"}`, `{"${kind.versionKey}": 1e999}`, `{"${kind.versionKey}": 1}`, '{"__proto__": {"x": 1}}'), mode).map(([text, mode]) => ({ file: { name, bytes: bytesOf(text) }, label: JSON.stringify(text), mode }))
  const deep = fc.tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom<'array' | 'object'>('array', 'object'), mode).map(([depth, as, mode]) => ({ file: { name, bytes: bytesOf(nestedJsonText(depth, as)) }, label: `nested(${as},${depth})`, mode }))
  return fc.oneof({ weight: 3, arbitrary: bytes }, { weight: 5, arbitrary: field }, { weight: 3, arbitrary: planted }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: deep }, { weight: 1, arbitrary: deepKey })
}

/** The session or town hall an import wrote, as rows: every string in them (JSON columns read too). */
function storedStrings(db: Database.Database, kind: RecordKind, id: string): Set<string> {
  const rows = kind.name === 'sessions'
    ? [...db.prepare('SELECT * FROM exercise_session WHERE id = ?').all(id), ...db.prepare('SELECT * FROM session_participant WHERE session_id = ?').all(id)]
    : db.prepare('SELECT * FROM town_hall WHERE id = ?').all(id)
  return stringsIn([...rows, ...db.prepare('SELECT document FROM journal_state WHERE owner_id = ?').all(id)])
}

function recordTarget(kind: RecordKind): FuzzTarget<RecordCase> {
  return {
    name: kind.name === 'sessions' ? 'session-files' : 'townhall-files',
    weight: 2,
    arbitrary: recordCase(kind),
    describe: (input) => `${input.label}, mode ${input.mode}`,
    open() {
      const { store, close } = tempStore()
      const db = store.db
      const clock = () => new Date('2026-11-23T12:00:00.000Z')
      const inventory = createInventoryService(db, clock)
      ensureStarterInventory(db, inventory, RESOURCES_DIR, clock)
      const scenarios = createScenarioLibrary(db, clock)
      const sessionFiles = createSessionFiles(db, createSessionService(db, scenarios, inventory, clock), createSessionJournal(db, clock), inventory, clock)
      const townHallFiles = createTownHallFiles(db, createTownHallService(db, clock), inventory, clock)
      const files = kind.name === 'sessions' ? sessionFiles : townHallFiles
      const table = kind.name === 'sessions' ? 'exercise_session' : 'town_hall'
      const output = contract[kind.name === 'sessions' ? 'sessions.importFile' : 'townHalls.importFile'].output
      // The example already here, so changed copies of it are asked about, replaced or kept beside it.
      files.importFile(textOf(kind.seed()), 'ask')
      const subject = untallied()

      function check(input: RecordCase): string | undefined {
        db.exec('BEGIN')
        try {
          return run(input)
        } finally {
          if (db.inTransaction) db.exec('ROLLBACK')
        }
      }

      function run(input: RecordCase): string | undefined {
        const before = fingerprint(db)
        const unchanged = (what: string) => (fingerprint(db) === before ? undefined : `${what} changed the database`)
        const counts = { records: countOf(db, table), organizations: countOf(db, 'organization'), services: countOf(db, 'service') }
        let result: unknown
        try {
          const read = runReadingTask(kind.name === 'sessions' ? 'sessionFile' : 'townHallFile', input.file)
          if (!read.ok && unclearProblems(read.problems)) return unclearProblems(read.problems)
          const id = read.ok ? ('session' in read.file ? read.file.session.id : read.file.townHall.id) : undefined
          const present = id !== undefined && countOf(db, table, 'id = ?', id) > 0
          result = kind.name === 'sessions' ? sessionFiles.importRead(read as Parameters<typeof sessionFiles.importRead>[0], input.mode) : townHallFiles.importRead(read as Parameters<typeof townHallFiles.importRead>[0], input.mode)
          const shape = output.safeParse(result)
          if (!shape.success) return `the answer is outside the contract: ${shape.error.message.slice(0, 300)}`
          tally(subject, (result as { outcome: string }).outcome, read.ok ? '' : problemLine(read.problems[0]!))
          if (!read.ok || (result as { outcome: string }).outcome !== 'imported') return unchanged(`an answer of "${(result as { outcome: string }).outcome}"`)
          const imported = result as { organizationsAdded: number; servicesAdded: number } & Record<string, string>
          const recordId = imported['sessionId'] ?? imported['townHallId']!
          const added = { records: countOf(db, table) - counts.records, organizations: countOf(db, 'organization') - counts.organizations, services: countOf(db, 'service') - counts.services }
          if (added.records !== (present && input.mode === 'replace' ? 0 : 1)) return `${added.records} records were added (mode ${input.mode}, ${present ? 'present' : 'new'})`
          if (added.organizations !== imported.organizationsAdded || added.services !== imported.servicesAdded) return `added ${JSON.stringify(added)} where the answer says ${JSON.stringify(result)}`
          if (input.planted === undefined) return undefined
          const stored = storedStrings(db, kind, recordId)
          return stored.has(input.planted) || stored.has(input.planted.trim()) ? undefined : `the planted text ${JSON.stringify(input.planted.slice(0, 80))} was not stored as written`
        } catch (error) {
          tally(subject, 'refused', messageOf(error))
          return unclearError(error, [input.file.name]) ?? unchanged('a refused file')
        }
      }

      return Object.assign(subject, { check, close })
    },
  }
}

export const sessionFilesTarget = recordTarget(SESSION)
export const townHallFilesTarget = recordTarget(TOWN_HALL)
