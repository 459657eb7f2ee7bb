// Every scenario written in an older format reads in today's, meaning the same: the shipped case
// examples as they were in format 2, the format-1 fixture, and stored copies (library, snapshots).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parseScenarioText } from '../../../src/shared/scenario/parse'
import { SCENARIO_FORMAT_VERSION, scenarioSchema, type Scenario } from '../../../src/shared/scenario/schema'
import { readStoredScenario, upgradeScenarioDocument } from '../../../src/shared/scenario/upgrade'

const FIXTURES = join(__dirname, '../../fixtures/scenarios')
const SHIPPED = join(__dirname, '../../../scenarios')
const FORMAT_2 = readdirSync(join(FIXTURES, 'format-2')).filter((f) => f.endsWith('.yaml'))

type Json = Record<string, unknown>

/** What a format-2 document means in format 3, written out by hand: a need's language becomes its list. */
function meaningInFormat3(document: Json): Json {
  const modules = (document['modules'] as Json[]).map((module) => ({
    ...module,
    needs: ((module['needs'] as Json[] | undefined) ?? []).map(({ language, ...need }) => (language === undefined ? need : { ...need, languages: [language] })),
  }))
  return { ...document, formatVersion: 3, modules }
}

/** A format-3 scenario without what format 3 added for the story clock. */
function withoutStoryClock(scenario: Scenario): unknown {
  const { storyStart: _start, ...overview } = scenario.overview
  return {
    ...scenario,
    overview,
    modules: scenario.modules.map(({ storyTime: _m, ...module }) => ({
      ...module,
      injects: module.injects.map(({ storyTime: _i, ...inject }) => inject),
      needs: module.needs.map(({ deadline: _d, ...need }) => need),
    })),
  }
}

describe('the scenario format upgrade', () => {
  it('has fixtures of every shipped case example in format 2', () => {
    expect(FORMAT_2.sort()).toEqual(readdirSync(SHIPPED).filter((f) => f.endsWith('.yaml')).sort())
  })

  it.each(FORMAT_2)('reads %s (format 2) in today’s format, meaning the same', (file) => {
    const text = readFileSync(join(FIXTURES, 'format-2', file), 'utf8')
    const result = parseScenarioText(text, file)
    expect(result.ok && result.upgradedFrom).toBe(2)
    if (!result.ok) return
    expect(result.scenario.formatVersion).toBe(SCENARIO_FORMAT_VERSION)
    expect(result.scenario).toEqual(scenarioSchema.parse(meaningInFormat3(parseYaml(text) as Json)))
    const languagesBefore = (parseYaml(text) as { modules: { needs?: { language?: string }[] }[] }).modules.flatMap((m) => (m.needs ?? []).map((n) => n.language))
    expect(result.scenario.modules.flatMap((m) => m.needs.map((n) => n.languages?.[0]))).toEqual(languagesBefore)
  })

  it.each(FORMAT_2)('ships %s in today’s format: the upgraded old file plus story times and deadlines', (file) => {
    const old = parseScenarioText(readFileSync(join(FIXTURES, 'format-2', file), 'utf8'), file)
    const shipped = parseScenarioText(readFileSync(join(SHIPPED, file), 'utf8'), file)
    expect(shipped.ok && shipped.upgradedFrom).toBeUndefined()
    if (!old.ok || !shipped.ok) throw new Error('both read')
    const enriched = withoutStoryClock(shipped.scenario) as Scenario
    // The school example was given, on purpose, a need with a deadline and a second language for another.
    if (file === 'school-dismissal-video.yaml') {
      for (const module of enriched.modules) module.needs = module.needs.filter((need) => need.id !== 'n-route-light')
      for (const need of enriched.modules.flatMap((m) => m.needs)) if (need.id === 'n-counseling') delete need.languages
    }
    expect(enriched).toEqual(withoutStoryClock(old.scenario))
  })

  it('reads the format-1 fixture through both steps', () => {
    const result = parseScenarioText(readFileSync(join(FIXTURES, 'format-1.yaml'), 'utf8'), 'format-1.yaml')
    expect(result).toMatchObject({ ok: true, upgradedFrom: 1, scenario: { formatVersion: 3, overview: { communityAreas: ['North Lawndale'] } } })
    const need = result.ok ? result.scenario.modules[0]!.needs[0]! : undefined
    expect(need).toMatchObject({ when: 'daily 20:00-02:00', languages: ['es'] })
    expect(need).not.toHaveProperty('language')
    expect(need).not.toHaveProperty('hours')
  })

  it('leaves a document already in today’s format as it is', () => {
    const text = readFileSync(join(SHIPPED, 'school-dismissal-video.yaml'), 'utf8')
    const document = parseYaml(text) as Json
    expect(upgradeScenarioDocument(document)).toEqual({ ok: true, document, from: SCENARIO_FORMAT_VERSION })
  })

  it('reads a stored copy in an older format (a library row, a session’s snapshot) in today’s format', () => {
    const old = parseYaml(readFileSync(join(FIXTURES, 'format-2', 'park-shooting-vigil.yaml'), 'utf8')) as Json
    const stored = readStoredScenario(JSON.stringify(old))
    expect(stored.formatVersion).toBe(SCENARIO_FORMAT_VERSION)
    expect(stored.modules[0]!.needs.find((n) => n.id === 'n-outreach-night')!.languages).toEqual(['en'])
    expect(() => readStoredScenario(JSON.stringify({ ...old, formatVersion: 99 }))).toThrow(/newer Roundtable/)
  })
})
