import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../../../src/shared/scenario/parse'
import { renderSituationManual } from '../../../src/shared/scenario/situation-manual'

const load = (name: string) => {
  const result = parseScenarioText(readFileSync(join(__dirname, '../../../scenarios', name), 'utf8'), name)
  if (!result.ok) throw new Error('invalid')
  return result.scenario
}
const helpers = { areaName: (a: string | number) => String(a), categoryLabel: (c: string) => c, organizationKindLabel: (k: string) => k }

describe('Situation Manual', () => {
  it('hands participants the narrative and questions, never the injects or facilitator notes', () => {
    const html = renderSituationManual(load('park-shooting-vigil.yaml'), { audience: 'participant', language: 'en', variables: { park: 'Garfield Park' }, ...helpers })
    expect(html).toContain('Situation Manual — participant handout')
    expect(html).toContain('Saturday night shooting near Garfield Park')
    expect(html).toContain('[corner]')
    expect(html).toContain('Who stays with the family at the hospital')
    expect(html).not.toContain('Ask who actually calls whom')
    expect(html).not.toContain('Shots fired at')
  })

  it('gives the facilitator the injects with their timing, notes and needs, in Spanish labels when asked', () => {
    const html = renderSituationManual(load('plan-de-verano-la-villita.yaml'), { audience: 'facilitator', language: 'es', ...helpers })
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('Manual de situación — guía del facilitador')
    expect(html).toContain('Notas para el facilitador')
    expect(html).toContain('Lo que la comunidad necesitará')
    expect(html).toContain('Alcance callejero bilingüe')
  })

  it('gives the story clock, each need’s deadline and all its languages, worded in the manual’s language', () => {
    const school = load('school-dismissal-video.yaml')
    const en = renderSituationManual(school, { audience: 'facilitator', language: 'en', ...helpers })
    expect(en).toContain('<dt>The story begins</dt><dd>Thursday 15:10</dd>')
    expect(en).toContain('In the story: Thursday 18:00')
    expect(en).toContain('(Thursday 23:30)')
    expect(en).toContain('Must start: within 48 hours')
    expect(en).toContain('<td>English, Spanish</td>')
    const es = renderSituationManual(school, { audience: 'facilitator', language: 'es', ...helpers })
    expect(es).toContain('<dt>La historia comienza</dt><dd>jueves 15:10</dd>')
    expect(es).toContain('<td>inglés, español</td>')
    const villita = renderSituationManual(load('plan-de-verano-la-villita.yaml'), { audience: 'facilitator', language: 'es', ...helpers })
    expect(villita).toContain('<td>español</td>')
  })

  it('escapes every piece of text, so markup in a scenario prints as text', () => {
    const scenario = load('vacant-building-hot-spot.yaml')
    const hostile = { ...scenario, overview: { ...scenario.overview, title: '<script>alert(1)</script> & "quotes"' } }
    const html = renderSituationManual(hostile, { audience: 'facilitator', language: 'en', ...helpers })
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
  })
})
