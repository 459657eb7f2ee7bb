// Reads a scenario file (YAML or JSON text) into a checked scenario, or into errors that name
// the file, the line and the path of the field, and say what is expected.
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml'
import { scenarioSchema, type Scenario } from './schema'
import { upgradeScenarioDocument } from './upgrade'

export interface ScenarioError {
  file: string
  line: number
  /** Where in the scenario, like modules[1].injects[0].title ("" for the whole file). */
  path: string
  message: string
}

export type ScenarioParseResult = { ok: true; scenario: Scenario; upgradedFrom?: number } | { ok: false; errors: ScenarioError[] }

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '')
}

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

export function parseScenarioText(text: string, file: string): ScenarioParseResult {
  const counter = new LineCounter()
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        file,
        line: counter.linePos(error.pos[0]).line,
        path: '',
        message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    }
  }
  const upgraded = upgradeScenarioDocument(document.toJS())
  if (!upgraded.ok) {
    return { ok: false, errors: [{ file, line: lineOf(document, counter, ['formatVersion']), path: 'formatVersion', message: upgraded.message }] }
  }
  const parsed = scenarioSchema.safeParse(upgraded.document)
  if (!parsed.success) {
    // An upgraded file's paths may not exist in the text; lines then fall back to the nearest parent.
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        file,
        line: lineOf(document, counter, issue.path),
        path: formatPath(issue.path),
        message: issue.message,
      })),
    }
  }
  return upgraded.from === parsed.data.formatVersion || upgraded.from === undefined
    ? { ok: true, scenario: parsed.data }
    : { ok: true, scenario: parsed.data, upgradedFrom: upgraded.from }
}

/** Writes a scenario as YAML, with a line that lets editors check it against the JSON Schema. */
export function scenarioToYaml(scenario: Scenario): string {
  return `# yaml-language-server: $schema=roundtable-scenario.schema.json\n${stringify(scenario, { lineWidth: 100 })}`
}
