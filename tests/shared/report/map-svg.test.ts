import { describe, expect, it } from 'vitest'
import { renderMapSvg, wrapLabel } from '../../../src/shared/report/map-svg'

describe('the report’s picture of the map', () => {
  it('wraps a label into at most the lines asked, marking what was cut', () => {
    expect(wrapLabel('Mediators who know both groups, talking tonight', 16)).toEqual(['Mediators who', 'know both group…'])
    expect(wrapLabel('Short', 16)).toEqual(['Short'])
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10, 1)).toEqual(['Supercali…'])
  })

  it('escapes every label, and scales its type so a wide map still prints at 8 points or more', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `need:n${i}`, kind: 'need' as const, code: `N${i + 1}`, label: '<b>x</b>', x: i * 300, y: 0, gap: i % 2 === 0 }))
    const svg = renderMapSvg({ nodes, edges: [{ source: 'need:n0', target: 'need:n1', kind: 'covers' }] }, 'Map')
    expect(svg).not.toContain('<b>')
    expect(svg).toContain('&lt;b&gt;')
    const viewBoxWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)![1])
    const type = Number(/font-size="([\d.]+)"/.exec(svg.slice(svg.indexOf('<g class="nodes">')))![1])
    // Printed 680 px wide: the smallest type is at least 11 px (8 points).
    expect((type * 680) / viewBoxWidth).toBeGreaterThanOrEqual(11)
    expect(svg.match(/stroke-dasharray="12 6"/g)).toHaveLength(6)
  })
})
