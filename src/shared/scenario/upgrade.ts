// Brings a scenario file written in an older formatVersion up to the current one, step by step.
import { said, word, type Said } from '../i18n/said'
import { SCENARIO_FORMAT_VERSION, scenarioSchema, type Scenario } from './schema'

type Json = Record<string, unknown>
type Step = (document: Json) => Json

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** STEPS[n] turns a version-n document into version n + 1. */
const STEPS: Record<number, Step> = {
  // 1 → 2: a scenario may name several community areas; a need's time is "when" (was "hours").
  1: (document) => {
    const overview = isObject(document['overview']) ? { ...document['overview'] } : {}
    if ('communityArea' in overview) {
      overview['communityAreas'] = [overview['communityArea']]
      delete overview['communityArea']
    }
    const modules = mapNeeds(document['modules'], (need) => {
      if (!('hours' in need)) return need
      const { hours, ...rest } = need
      return { ...rest, when: hours }
    })
    return { ...document, formatVersion: 2, overview, modules }
  },
  // 2 → 3: a need's one language code becomes its list of languages (story times, deadlines and
  // a "when" left out are new and optional, so nothing else changes meaning).
  2: (document) => ({
    ...document,
    formatVersion: 3,
    modules: mapNeeds(document['modules'], (need) => {
      if (!('language' in need)) return need
      const { language, ...rest } = need
      return language === undefined || language === null ? rest : { ...rest, languages: [language] }
    }),
  }),
}

/** Every need of every module, passed through `change` (anything not shaped like one is left as it is). */
function mapNeeds(modules: unknown, change: (need: Json) => Json): unknown {
  if (!Array.isArray(modules)) return modules
  return modules.map((module) =>
    isObject(module) && Array.isArray(module['needs']) ? { ...module, needs: module['needs'].map((need) => (isObject(need) ? change(need) : need)) } : module,
  )
}

/** An upgraded document, or why not: a message to word in the reader's language, and in English. */
export type UpgradeResult = { ok: true; document: Json; from: number } | { ok: false; reason: Said; message: string }

function refused(reason: Said): UpgradeResult {
  return { ok: false, reason, message: word('en', reason) }
}

export function upgradeScenarioDocument(document: unknown): UpgradeResult {
  if (!isObject(document)) return refused(said('scenarioFile.notAScenario'))
  const version = document['formatVersion']
  if (version === undefined) return refused(said('scenarioFile.formatMissing', { version: SCENARIO_FORMAT_VERSION }))
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refused(said('scenarioFile.formatInvalid', { version: SCENARIO_FORMAT_VERSION }))
  }
  if (version > SCENARIO_FORMAT_VERSION) {
    return refused(said('scenarioFile.formatTooNew', { version, supported: SCENARIO_FORMAT_VERSION }))
  }
  let current = document
  for (let step = version; step < SCENARIO_FORMAT_VERSION; step++) current = STEPS[step]!(current)
  return { ok: true, document: current, from: version }
}

/**
 * A scenario kept by the app (the library's copy, a session's snapshot), read in today's format:
 * stored copies are upgraded on read through the same steps as files, so nothing stored is
 * rewritten and every reader sees one format.
 */
export function readStoredScenario(json: string): Scenario {
  const upgraded = upgradeScenarioDocument(JSON.parse(json))
  if (!upgraded.ok) throw new Error(`A stored scenario cannot be read: ${upgraded.message}`)
  return upgraded.from === SCENARIO_FORMAT_VERSION ? (upgraded.document as Scenario) : scenarioSchema.parse(upgraded.document)
}
