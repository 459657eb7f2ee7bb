// Reads a scenario file (YAML or JSON text) into a checked scenario, or into errors that name
// the file, the line and the path of the field, and say what is expected.
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml'
import { formatPath } from './path'
import { scenarioSchema, type Scenario } from './schema'
import { upgradeScenarioDocument } from './upgrade'
import { said, word, type Said } from '../i18n/said'
import { saidOfIssue } from '../i18n/zod-issues'

export { formatPath }

/** One mistake in a scenario file: a message for the reader's language, and `message` in English for tools and logs. */
export interface ScenarioError extends Said {
  file: string
  line: number
  /** Where in the scenario, like modules[1].injects[0].title ("" for the whole file). */
  path: string
  message: string
}

function scenarioError(file: string, line: number, path: string, reason: Said): ScenarioError {
  return { file, line, path, ...reason, message: word('en', reason) }
}

export type ScenarioParseResult = { ok: true; scenario: Scenario; upgradedFrom?: number } | { ok: false; errors: ScenarioError[] }


/** The line of the deepest node along a path that exists in the document (1-based). */
function lineOf(document: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth) as (string | number)[]
    const node = depth === 0 ? document.contents : document.getIn(keys, true)
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range
    if (range) {
      // For a mapping value, point at its key's line when the value starts on a later line.
      if (depth > 0) {
        const parent = depth === 1 ? document.contents : document.getIn(keys.slice(0, -1), true)
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === keys[keys.length - 1])
          const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range
          if (keyRange) return counter.linePos(keyRange[0]).line
        }
        if (isSeq(parent)) return counter.linePos(range[0]).line
      }
      return counter.linePos(range[0]).line
    }
  }
  return 1
}

export const BUNDLE_FORMAT_VERSION = 1

/**
 * The most text one scenario file (or bundle) may hold: a long case example is some 30 KB, so this
 * is a bundle of a hundred and more. Past it the file is refused before it is parsed, which would
 * otherwise hold the app for seconds and fill its memory.
 */
export const MAX_SCENARIO_FILE_CHARS = 5_000_000

/**
 * The most errors one file reports: the first ones say what is wrong, and a file of stray quotes
 * can make hundreds of thousands, which no one reads and which overflow what passes them on.
 */
export const MAX_ERRORS_PER_FILE = 200

function readDocument(text: string, file: string): { document: Document; counter: LineCounter } | { errors: ScenarioError[] } {
  if (text.length > MAX_SCENARIO_FILE_CHARS) {
    const megabytes = (text.length / 1_000_000).toFixed(0)
    return { errors: [scenarioError(file, 1, '', said('scenarioFile.tooLarge', { megabytes }))] }
  }
  const counter = new LineCounter()
  let document: Document
  try {
    document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  } catch (error) {
    // The parser recurses once per level of nesting: thousands of levels overflow the stack. Worded
    // as the composer words the same overflow when it reaches it first.
    if (!(error instanceof RangeError)) throw error
    return { errors: [scenarioError(file, 1, '', said('scenarioFile.notYaml', { detail: error.message.split('\n')[0]! }))] }
  }
  if (document.errors.length === 0) return { document, counter }
  return {
    // The YAML parser's own detail stays in English: it names the syntax, not the scenario.
    errors: document.errors
      .slice(0, MAX_ERRORS_PER_FILE)
      .map((error) => scenarioError(file, counter.linePos(error.pos[0]).line, '', said('scenarioFile.notYaml', { detail: error.message.split('\n')[0]! }))),
  }
}

/** Checks one scenario found at `at` inside a document (the root, or one entry of a bundle). */
function checkScenario(
  value: unknown,
  at: (string | number)[],
  file: string,
  document: Document,
  counter: LineCounter,
): { ok: true; scenario: Scenario; upgradedFrom?: number } | { ok: false; errors: ScenarioError[] } {
  const upgraded = upgradeScenarioDocument(value)
  if (!upgraded.ok) {
    const path = [...at, 'formatVersion']
    return { ok: false, errors: [scenarioError(file, lineOf(document, counter, path), formatPath(path), upgraded.reason)] }
  }
  const parsed = scenarioSchema.safeParse(upgraded.document)
  if (!parsed.success) {
    // An upgraded file's paths may not exist in the text; lines then fall back to the nearest parent.
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, MAX_ERRORS_PER_FILE).map((issue) => {
        const path = [...at, ...(issue.path as (string | number)[])]
        return scenarioError(file, lineOf(document, counter, path), formatPath(path), saidOfIssue(issue))
      }),
    }
  }
  return upgraded.from === parsed.data.formatVersion ? { ok: true, scenario: parsed.data } : { ok: true, scenario: parsed.data, upgradedFrom: upgraded.from }
}

/**
 * The document's value. A file whose anchors are repeated past reason (an "alias bomb", which
 * would grow to gigabytes) is refused with a message, not an internal error.
 */
function valueOf(document: Document, file: string): { value: unknown } | { errors: ScenarioError[] } {
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) }
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error
    return { errors: [scenarioError(file, 1, '', said('scenarioFile.aliasBomb'))] }
  }
}

/** Reads a file holding one scenario. */
export function parseScenarioText(text: string, file: string): ScenarioParseResult {
  const read = readDocument(text, file)
  if ('errors' in read) return { ok: false, errors: read.errors }
  const whole = valueOf(read.document, file)
  if ('errors' in whole) return { ok: false, errors: whole.errors }
  return checkScenario(whole.value, [], file, read.document, read.counter)
}

export type ScenarioFileResult = { ok: true; scenarios: Scenario[]; upgraded: number } | { ok: false; errors: ScenarioError[] }

/** Reads a scenario file or a bundle (roundtableBundle: 1, scenarios: [...]); every error of every scenario is reported. */
export function parseScenarioFile(text: string, file: string): ScenarioFileResult {
  const read = readDocument(text, file)
  if ('errors' in read) return { ok: false, errors: read.errors }
  const whole = valueOf(read.document, file)
  if ('errors' in whole) return { ok: false, errors: whole.errors }
  const value = whole.value
  const isBundle = typeof value === 'object' && value !== null && 'roundtableBundle' in value
  if (!isBundle) {
    const result = checkScenario(value, [], file, read.document, read.counter)
    return result.ok ? { ok: true, scenarios: [result.scenario], upgraded: result.upgradedFrom ? 1 : 0 } : result
  }
  const bundle = value as { roundtableBundle: unknown; scenarios?: unknown }
  if (bundle.roundtableBundle !== BUNDLE_FORMAT_VERSION) {
    const reason =
      typeof bundle.roundtableBundle === 'number' && bundle.roundtableBundle > BUNDLE_FORMAT_VERSION
        ? said('scenarioFile.bundleTooNew', { version: bundle.roundtableBundle, supported: BUNDLE_FORMAT_VERSION })
        : said('scenarioFile.bundleVersion', { supported: BUNDLE_FORMAT_VERSION })
    return { ok: false, errors: [scenarioError(file, lineOf(read.document, read.counter, ['roundtableBundle']), 'roundtableBundle', reason)] }
  }
  if (!Array.isArray(bundle.scenarios) || bundle.scenarios.length === 0) {
    return { ok: false, errors: [scenarioError(file, lineOf(read.document, read.counter, ['scenarios']), 'scenarios', said('scenarioFile.bundleEmpty'))] }
  }
  const scenarios: Scenario[] = []
  const errors: ScenarioError[] = []
  let upgraded = 0
  bundle.scenarios.forEach((entry, index) => {
    const result = checkScenario(entry, ['scenarios', index], file, read.document, read.counter)
    if (result.ok) {
      scenarios.push(result.scenario)
      if (result.upgradedFrom) upgraded++
    } else errors.push(...result.errors.slice(0, Math.max(0, MAX_ERRORS_PER_FILE - errors.length)))
  })
  const seen = new Set<string>()
  scenarios.forEach((scenario) => {
    if (seen.has(scenario.id)) errors.push(scenarioError(file, 1, 'scenarios', said('scenarioFile.duplicateScenario', { id: scenario.id })))
    seen.add(scenario.id)
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenarios, upgraded }
}

/** Several scenarios in one file. */
export function scenariosToBundleYaml(scenarios: readonly Scenario[]): string {
  return stringify({ roundtableBundle: BUNDLE_FORMAT_VERSION, scenarios }, { lineWidth: 100 })
}

/** Writes a scenario as YAML, with a line that lets editors check it against the JSON Schema. */
export function scenarioToYaml(scenario: Scenario): string {
  return `# yaml-language-server: $schema=roundtable-scenario.schema.json\n${stringify(scenario, { lineWidth: 100 })}`
}
