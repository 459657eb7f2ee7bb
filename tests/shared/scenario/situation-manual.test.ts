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

  it('escapes every piece of text, so markup in a scenario prints as text', () => {
    const scenario = load('vacant-building-hot-spot.yaml')
    const hostile = { ...scenario, overview: { ...scenario.overview, title: '<script>alert(1)</script> & "quotes"' } }
    const html = renderSituationManual(hostile, { audience: 'facilitator', language: 'en', ...helpers })
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;')
  })
})
