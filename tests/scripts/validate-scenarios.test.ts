import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scenarioJsonSchema } from '../../src/shared/scenario/json-schema'

function validate(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-scenarios.ts', ...files], { encoding: 'utf8' })
  return { status: result.status, lines: result.stdout.trim().split('\n') }
}

describe('npm run validate', () => {
  it('passes the shipped scenarios', () => {
    const { status, lines } = validate('scenarios/park-shooting-vigil.yaml', 'scenarios/plan-de-verano-la-villita.yaml')
    expect(status).toBe(0)
    expect(lines).toEqual(['scenarios/park-shooting-vigil.yaml: ok', 'scenarios/plan-de-verano-la-villita.yaml: ok', '2 valid, 0 invalid'])
  })

  it('prints FILE:LINE: PATH: message for each error and exits non-zero', () => {
    const { status, lines } = validate('tests/fixtures/scenarios/broken.yaml', 'no-such-file.yaml', 'scenarios/school-dismissal-video.yaml')
    expect(status).toBe(1)
    expect(lines).toEqual([
      'tests/fixtures/scenarios/broken.yaml:7: overview.communityAreas[1]: Name a Chicago community area (a name such as Englewood, or a number from 1 to 77).',
      'tests/fixtures/scenarios/broken.yaml:28: modules[0].needs[0].when: Write when, like "Fri-Sun 20:00-02:00", "daily 08:00-20:00" or "24/7": "sometimes" is not "DAYS HH:MM-HH:MM" (for example "Mon-Fri 09:00-17:00").',
      'tests/fixtures/scenarios/broken.yaml:29: modules[0].needs[0].urgency: Invalid option: expected one of "low"|"medium"|"high"|"critical"',
      'no-such-file.yaml:1: : no such file',
      'scenarios/school-dismissal-video.yaml: ok',
      '1 valid, 2 invalid',
    ])
  })

  it('notes a file in an older format that Roundtable will upgrade', () => {
    const { status, lines } = validate('tests/fixtures/scenarios/format-1.yaml')
    expect(status).toBe(0)
    expect(lines[0]).toBe('tests/fixtures/scenarios/format-1.yaml: ok (an older format; Roundtable upgrades it on import)')
  })
})

describe('scenarios/roundtable-scenario.schema.json', () => {
  it('is the JSON Schema generated from the app’s schema (run npm run scenarios:schema after changing it)', () => {
    expect(readFileSync('scenarios/roundtable-scenario.schema.json', 'utf8')).toBe(scenarioJsonSchema())
  })
})
