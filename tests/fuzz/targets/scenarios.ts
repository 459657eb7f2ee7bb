// Scenario files under fuzzing, read as a picked file is (strict UTF-8, then YAML, then the
// schema) and saved to the library all or nothing: real scenarios with bytes changed, a field
// changed anywhere, a planted title, several files at once, bundles, and YAML that attacks the parser.
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { runReadingTask } from '../../../src/main/services/reading/reading-tasks'
import { createScenarioLibrary } from '../../../src/main/services/scenarios'
import type { ScenarioFileResult } from '../../../src/shared/scenario/parse'
import type { ScenarioImportResult } from '../../../src/shared/scenario/library'
import { countOf, fingerprint, messageOf, tempStore, unclearError } from '../checks'
import { applyEdits, byteEdits, concat, describeEdits, hostileText } from '../mutate'
import { bytesOf, SCENARIOS_DIR, seeds, textOf, type SeedFile } from '../seeds'
import { change, changed, describeChange, hostileYaml, pathsOf, written } from '../shapes'
import { tally, untallied, type FuzzTarget } from '../target'

interface ScenarioCase {
  files: SeedFile[]
  label: string
  /** A title planted in the first file, to find stored as written (trimmed, as the schema documents). */
  title?: string
}

const NAMES = ['scenario.yaml', 'scenario.yml', 'scenario.json', 'scenario.txt', '../../scenario.yaml', 'ünï <b>cödé</b>.yaml']
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf)

const seedOf = (n: number) => seeds().scenarios[n % seeds().scenarios.length]!
const valueOf = (seed: SeedFile) => parse(textOf(seed)) as unknown

const bytesCase: fc.Arbitrary<ScenarioCase> = fc.tuple(fc.nat(), byteEdits, fc.constantFrom(...NAMES)).map(([n, edits, name]) => ({
  files: [{ name, bytes: applyEdits(seedOf(n).bytes, edits) }],
  label: `${seedOf(n).name}: ${describeEdits(edits)} as ${name}`,
}))

const fieldCase: fc.Arbitrary<ScenarioCase> = fc.tuple(fc.nat(), fc.nat(), change, fc.constantFrom('yaml', 'json'), fc.boolean()).map(([n, at, edit, as, bom]) => {
  const value = valueOf(seedOf(n))
  const paths = pathsOf(value)
  const path = paths[at % paths.length]!
  const text = written(changed(value, path, edit), edit, (v) => (as === 'json' ? JSON.stringify(v) : stringify(v, { lineWidth: 0 })))
  return { files: [{ name: `scenario.${as}`, bytes: bom ? concat(BOM, bytesOf(text)) : bytesOf(text) }], label: `${seedOf(n).name}: ${describeChange(path, edit)} as ${as}${bom ? ' with BOM' : ''}` }
})

const titleCase: fc.Arbitrary<ScenarioCase> = fc.tuple(fc.nat(), hostileText, fc.constantFrom('yaml', 'json')).map(([n, title, as]) => {
  const value = valueOf(seedOf(n)) as { overview: { title: string } }
  value.overview.title = title
  const text = as === 'json' ? JSON.stringify(value) : stringify(value, { lineWidth: 0 })
  return { files: [{ name: `scenario.${as}`, bytes: bytesOf(text) }], label: `${seedOf(n).name}: title ${JSON.stringify(title.slice(0, 60))} (${title.length}) as ${as}`, title }
})

const attackCase: fc.Arbitrary<ScenarioCase> = hostileYaml.map(({ label, text }) => ({ files: [{ name: 'attack.yaml', bytes: bytesOf(text) }], label }))

/** Several files in one import: one bad file must keep the good ones out too. */
const severalCase: fc.Arbitrary<ScenarioCase> = fc.array(fc.oneof(bytesCase, fieldCase, fc.nat().map((n) => ({ files: [seedOf(n)], label: seedOf(n).name }))), { minLength: 2, maxLength: 4 }).map((cases) => ({
  files: cases.flatMap((c) => c.files),
  label: cases.map((c) => c.label).join(' + '),
}))

const bundleCase: fc.Arbitrary<ScenarioCase> = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom<unknown>(1, 2, 0, '1', null), fc.option(fc.tuple(fc.nat(), change), { freq: 2 })).map(([ns, version, edit]) => {
  let bundle: unknown = { roundtableBundle: version, scenarios: ns.map((n) => valueOf(seedOf(n))) }
  let what = ''
  if (edit) {
    const paths = pathsOf(bundle)
    const path = paths[edit[0] % paths.length]!
    bundle = changed(bundle, path, edit[1])
    what = `, ${describeChange(path, edit[1])}`
  }
  const text = edit ? written(bundle, edit[1], (v) => stringify(v, { lineWidth: 0 })) : stringify(bundle)
  return { files: [{ name: 'bundle.yaml', bytes: bytesOf(text) }], label: `bundle ${JSON.stringify(version)} of ${ns.map((n) => seedOf(n).name).join(', ')}${what}` }
})

const scenarioCase = fc.oneof(
  { weight: 3, arbitrary: bytesCase },
  { weight: 4, arbitrary: fieldCase },
  { weight: 2, arbitrary: titleCase },
  { weight: 2, arbitrary: attackCase },
  { weight: 1, arbitrary: severalCase },
  { weight: 1, arbitrary: bundleCase },
)

export const scenariosTarget: FuzzTarget<ScenarioCase> = {
  name: 'scenarios',
  weight: 3,
  arbitrary: scenarioCase,
  describe: (input) => input.label,
  open() {
    const { store, close } = tempStore()
    const db = store.db
    const library = createScenarioLibrary(db, () => new Date('2026-11-23T12:00:00.000Z'))
    library.loadBundled(SCENARIOS_DIR)
    const subject = untallied()

    function check(input: ScenarioCase): string | undefined {
      const names = input.files.map((f) => f.name)
      const before = fingerprint(db)
      const unchanged = (what: string) => (fingerprint(db) === before ? undefined : `${what} changed the library`)
      let parsed: ScenarioFileResult[]
      try {
        parsed = runReadingTask('scenarios', input.files)
      } catch (error) {
        tally(subject, 'refused', messageOf(error))
        return unclearError(error, names) ?? unchanged('a refused file')
      }
      const badError = parsed.flatMap((result, index) => (result.ok ? [] : result.errors.length === 0 ? [{ file: '', line: 0, path: '', message: '' }] : result.errors).filter((e) => e.file !== names[index] || !Number.isInteger(e.line) || e.line < 1 || typeof e.path !== 'string' || e.message.trim() === ''))[0]
      if (badError) return `an unclear scenario error: ${JSON.stringify(badError).slice(0, 300)}`
      const rows = countOf(db, 'scenario')
      let result: ScenarioImportResult
      try {
        result = library.saveParsed(parsed)
      } catch (error) {
        tally(subject, 'refused', messageOf(error))
        return unclearError(error, names) ?? unchanged('a refused import')
      }
      if (!result.ok) {
        tally(subject, 'invalid', result.errors[0]?.message ?? '')
        return result.errors.length === 0 ? 'refused with no error listed' : unchanged('an invalid import')
      }
      tally(subject, input.title === undefined ? 'imported' : 'imported with planted title')
      return savedAsParsed(parsed, result, rows) ?? plantedTitle(input, result)
    }

    function savedAsParsed(parsed: ScenarioFileResult[], result: ScenarioImportResult, rows: number): string | undefined {
      const scenarios = parsed.flatMap((r) => (r.ok ? r.scenarios : []))
      if (result.ids.length !== scenarios.length || result.imported + result.updated + result.unchanged !== scenarios.length) return `saved ${JSON.stringify(result)} for ${scenarios.length} scenarios`
      if (countOf(db, 'scenario') - rows !== result.imported) return `${countOf(db, 'scenario') - rows} rows were added for ${result.imported} imported scenarios`
      for (const [index, scenario] of scenarios.entries()) {
        // The last of several with one id is what the library keeps.
        if (scenarios.slice(index + 1).some((s) => s.id === scenario.id)) continue
        const stored = library.get(result.ids[index]!).scenario
        if (JSON.stringify(stored) !== JSON.stringify({ ...scenario, id: result.ids[index] })) return `scenario ${index} was not stored as it was read`
      }
      return undefined
    }

    function plantedTitle(input: ScenarioCase, result: ScenarioImportResult): string | undefined {
      if (input.title === undefined) return undefined
      const title = library.get(result.ids[0]!).scenario.overview.title
      return title === input.title.trim() ? undefined : `the planted title was stored as ${JSON.stringify(title.slice(0, 80))}`
    }

    return Object.assign(subject, { check, close })
  },
}
