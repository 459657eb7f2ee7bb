import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { word } from '../../../src/shared/i18n/said'
import { parseScenarioFile, parseScenarioText, scenarioToYaml } from '../../../src/shared/scenario/parse'
import { scenarioAreaNumbers, SCENARIO_FORMAT_VERSION } from '../../../src/shared/scenario/schema'

const SCENARIOS = join(__dirname, '../../../scenarios')
const FIXTURES = join(__dirname, '../../fixtures/scenarios')
const shipped = readdirSync(SCENARIOS).filter((name) => name.endsWith('.yaml'))
const parse = (name: string, dir = SCENARIOS) => parseScenarioText(readFileSync(join(dir, name), 'utf8'), name)
const minimal = (extra = '') => `formatVersion: ${SCENARIO_FORMAT_VERSION}
id: 0b9e7c7e-4a5c-4d7e-9a43-3f9d6a1b2c3d
overview:
  title: Minimal
  summary: A summary.
  type: tabletop
  communityAreas: [26]
  language: en
  objectives: [{ id: o1, text: An objective. }]
modules:
  - id: m1
    title: Module
    narrative: ${extra || 'A narrative.'}
`

describe('the shipped scenarios', () => {
  it('are at least five, one of them in Spanish, all in the focus areas', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(5)
    const scenarios = shipped.map((name) => {
      const result = parse(name)
      if (!result.ok) throw new Error(JSON.stringify(result.errors))
      return result.scenario
    })
    expect(scenarios.filter((s) => s.overview.language === 'es')).toHaveLength(1)
    for (const scenario of scenarios) {
      expect(scenarioAreaNumbers(scenario).some((n) => [26, 29, 30, 68].includes(n))).toBe(true)
      expect(scenario.modules.length).toBeGreaterThanOrEqual(3)
      expect(scenario.modules.flatMap((m) => m.needs).length).toBeGreaterThanOrEqual(3)
    }
  })

  it.each(shipped)('%s round-trips through the format unchanged', (name) => {
    const first = parse(name)
    expect(first.ok).toBe(true)
    if (!first.ok) return
    const again = parseScenarioText(scenarioToYaml(first.scenario), name)
    expect(again).toEqual({ ok: true, scenario: first.scenario })
  })
})

describe('scenario errors', () => {
  it('refuse a file of more than 5 MB before parsing it, naming the file', () => {
    const huge = 'scenarios:\n' + '  - title: x\n'.repeat(500_000)
    expect(parseScenarioFile(huge, 'everything.yaml')).toMatchObject({
      ok: false,
      errors: [{ file: 'everything.yaml', line: 1, path: '', message: 'This file is 7 MB; a scenario file or bundle may be up to 5 MB. Split the bundle into smaller ones.' }],
    })
  })

  it('name the line and the path of each mistake and say what is expected', () => {
    const result = parse('broken.yaml', FIXTURES)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`)).toEqual([
      '7: overview.communityAreas[1]: Name a Chicago community area (a name such as Englewood, or a number from 1 to 77).',
      '28: modules[0].needs[0].when: Write when, like "Fri-Sun 20:00-02:00", "daily 08:00-20:00" or "24/7": "sometimes" is not "DAYS HH:MM-HH:MM" (for example "Mon-Fri 09:00-17:00").',
      '29: modules[0].needs[0].urgency: Choose one of: low, medium, high, critical.',
    ])
    // The same mistakes, worded for a Spanish reader (the app's import list, `npm run validate -- --lang es`).
    expect(result.errors.map((e) => word('es', e))).toEqual([
      'Indique un área comunitaria de Chicago (un nombre como Englewood o un número del 1 al 77).',
      'Escriba cuándo, como «vie-dom 20:00-02:00», «todos los días 08:00-20:00» o «24/7»: «sometimes» no tiene la forma «DÍAS HH:MM-HH:MM» (por ejemplo «lun-vie 09:00-17:00»).',
      'Elija una de estas opciones: low, medium, high, critical.',
    ])
  })

  it('checks ids and variables once the shape is right', () => {
    const text = readFileSync(join(FIXTURES, 'broken.yaml'), 'utf8')
      .replace('Englewood, Gotham', 'Englewood')
      .replace('when: sometimes', 'when: daily 20:00-02:00')
      .replace('urgency: extreme', 'urgency: high')
    const result = parseScenarioText(text, 'broken.yaml')
    expect(!result.ok && result.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`)).toEqual([
      '20: modules[0].injects[1].id: Another inject in this module already has the id "i1".',
      '15: modules[0].narrative: ${park} is not one of the scenario\'s variables; declare it under variables.',
    ])
  })

  it('reports YAML syntax errors with their line', () => {
    const result = parseScenarioText('formatVersion: 2\noverview:\n  title: [unclosed\n', 'bad.yaml')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]).toMatchObject({ file: 'bad.yaml', path: '' })
    expect(result.errors[0]!.message).toMatch(/^This is not valid YAML/)
    expect(result.errors[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('refuses a file from a newer Roundtable and one without a version', () => {
    const newer = parseScenarioText(minimal().replace(`formatVersion: ${SCENARIO_FORMAT_VERSION}`, 'formatVersion: 99'), 'new.yaml')
    expect(!newer.ok && newer.errors).toMatchObject([
      {
        file: 'new.yaml',
        line: 1,
        path: 'formatVersion',
        message: `This file uses scenario format 99, written by a newer Roundtable; this one reads up to format ${SCENARIO_FORMAT_VERSION}. Update Roundtable to open it.`,
      },
    ])
    const missing = parseScenarioText(minimal().replace(/formatVersion: \d+\n/, ''), 'none.yaml')
    expect(!missing.ok && missing.errors[0]!.message).toBe(`formatVersion is missing; this format is version ${SCENARIO_FORMAT_VERSION}.`)
  })

  it('upgrades a file of an older format', () => {
    const result = parse('format-1.yaml', FIXTURES)
    expect(result).toMatchObject({
      ok: true,
      upgradedFrom: 1,
      scenario: { formatVersion: 3, overview: { communityAreas: ['North Lawndale'] }, modules: [{ needs: [{ when: 'daily 20:00-02:00', languages: ['es'] }] }] },
    })
  })

  it('names the field and says how to write a story time, a deadline or a language it cannot use', () => {
    const needs = `    storyTime: sometime
    injects:
      - { id: i1, title: T, text: X, storyTime: Friday 25:00 }
    needs:
      - { id: n1, category: street-outreach, description: D, communityArea: 26, urgency: high, deadline: soon }
      - { id: n2, category: street-outreach, description: D, communityArea: 26, urgency: high, deadline: by Saturday 10:00, languages: [English, Klingon] }
      - { id: n3, category: street-outreach, description: D, communityArea: 26, urgency: high, deadline: within 2 hours of inject 4.1 }
`
    const result = parseScenarioText(minimal() + needs, 'clock.yaml')
    expect(!result.ok && result.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`)).toEqual([
      '14: modules[0].storyTime: Write a story time like "Friday 23:30", "Saturday 2 pm" or "Tuesday": start with a day of the week.',
      '16: modules[0].injects[0].storyTime: Write a story time like "Friday 23:30", "Saturday 2 pm" or "Tuesday": "25:00" is not a time of day.',
      '18: modules[0].needs[0].deadline: Write when it must be met: write it like "within 48 hours", "within 2 days of inject 2.2", "by Saturday 10:00", "tonight" or "this week".',
      '19: modules[0].needs[1].languages[1]: Name a language such as English, Spanish or Polish (or its code: en, es, pl).',
      '19: modules[0].needs[1].deadline: Give module 1 a story time (like "Saturday 14:00") so "by …" can be counted.',
      '20: modules[0].needs[2].deadline: There is no inject 4.1; name one as module.inject ("2.2") or by its id.',
    ])
  })

  it('rejects unknown fields by name, and control characters', () => {
    const unknown = parseScenarioText(minimal() + '    mood: tense\n', 'x.yaml')
    expect(!unknown.ok && unknown.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`)).toEqual(['11: modules[0]: mood is not a field Roundtable knows here.'])
    const bell = parseScenarioText(minimal('"A bell \\u0007 rings."'), 'x.yaml')
    expect(!bell.ok && bell.errors[0]!.message).toBe('This text contains control characters; remove them.')
  })

  it('accepts hostile text as plain text: markup, a 1 MB narrative, emoji and right-to-left script', () => {
    const hostile = '"<script>alert(1)</script><img src=x onerror=alert(2)> שלום עליכם 👋🏽 ' + 'x'.repeat(1_048_576) + '"'
    const result = parseScenarioText(minimal(hostile), 'hostile.yaml')
    expect(result.ok).toBe(true)
    expect(result.ok && result.scenario.modules[0]!.narrative).toContain('<script>alert(1)</script>')
    expect(result.ok && result.scenario.modules[0]!.narrative.length).toBeGreaterThan(1_048_576)
  })
})
