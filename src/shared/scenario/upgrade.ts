// Brings a scenario file written in an older formatVersion up to the current one, step by step.
import { SCENARIO_FORMAT_VERSION } from './schema'

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
    const modules = Array.isArray(document['modules'])
      ? document['modules'].map((module) =>
          isObject(module) && Array.isArray(module['needs'])
            ? {
                ...module,
                needs: module['needs'].map((need) => {
                  if (!isObject(need) || !('hours' in need)) return need
                  const { hours, ...rest } = need
                  return { ...rest, when: hours }
                }),
              }
            : module,
        )
      : document['modules']
    return { ...document, formatVersion: 2, overview, modules }
  },
}

export type UpgradeResult = { ok: true; document: Json; from: number } | { ok: false; message: string }

export function upgradeScenarioDocument(document: unknown): UpgradeResult {
  if (!isObject(document)) return { ok: false, message: 'A scenario file holds one scenario: a mapping with formatVersion, overview and modules.' }
  const version = document['formatVersion']
  if (version === undefined) return { ok: false, message: `formatVersion is missing; this format is version ${SCENARIO_FORMAT_VERSION}.` }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `formatVersion must be a whole number from 1 to ${SCENARIO_FORMAT_VERSION}.` }
  }
  if (version > SCENARIO_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This file uses scenario format ${version}, written by a newer Roundtable; this one reads up to format ${SCENARIO_FORMAT_VERSION}. Update Roundtable to open it.`,
    }
  }
  let current = document
  for (let step = version; step < SCENARIO_FORMAT_VERSION; step++) current = STEPS[step]!(current)
  return { ok: true, document: current, from: version }
}
