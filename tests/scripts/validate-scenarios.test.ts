import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scenarioJsonSchema } from '../../src/shared/scenario/json-schema'

/** The tool run in a shell whose locale is plain C (English) unless the test says otherwise. */
function validate(...files: string[]) {
  return validateIn({ LANG: 'C.UTF-8' }, ...files)
}

function validateIn(locale: Record<string, string>, ...files: string[]) {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...locale }
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-scenarios.ts', ...files], { encoding: 'utf8', env })
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
      'tests/fixtures/scenarios/broken.yaml:29: modules[0].needs[0].urgency: Choose one of: low, medium, high, critical.',
      'no-such-file.yaml:1: : no such file',
      'scenarios/school-dismissal-video.yaml: ok',
      '1 valid, 2 invalid',
    ])
  })

  it('speaks Spanish when asked with --lang es, or when the shell’s locale is Spanish', () => {
    const asked = validateIn({ LANG: 'en_US.UTF-8' }, '--lang', 'es', 'tests/fixtures/scenarios/broken.yaml', 'no-such-file.yaml', 'tests/fixtures/scenarios/format-1.yaml')
    expect(asked.status).toBe(1)
    expect(asked.lines).toEqual([
      'tests/fixtures/scenarios/broken.yaml:7: overview.communityAreas[1]: Indique un área comunitaria de Chicago (un nombre como Englewood o un número del 1 al 77).',
      'tests/fixtures/scenarios/broken.yaml:28: modules[0].needs[0].when: Escriba cuándo, como «vie-dom 20:00-02:00», «todos los días 08:00-20:00» o «24/7»: «sometimes» no tiene la forma «DÍAS HH:MM-HH:MM» (por ejemplo «lun-vie 09:00-17:00»).',
      'tests/fixtures/scenarios/broken.yaml:29: modules[0].needs[0].urgency: Elija una de estas opciones: low, medium, high, critical.',
      'no-such-file.yaml:1: : no existe ese archivo',
      'tests/fixtures/scenarios/format-1.yaml: correcto (un formato anterior; Roundtable lo actualiza al importarlo)',
      '1 válido, 2 no válidos',
    ])
    expect(validateIn({ LANG: 'es_MX.UTF-8' }, 'scenarios/park-shooting-vigil.yaml').lines).toEqual(['scenarios/park-shooting-vigil.yaml: correcto', '1 válido, 0 no válidos'])
    expect(validateIn({}, '--lang', 'fr', 'x.yaml')).toMatchObject({ status: 2 })
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
