import { describe, expect, it } from 'vitest'
import { renderMapSvg, wrapLabel } from '../../../src/shared/report/map-svg'

describe('the report’s picture of the map', () => {
  it('wraps a label into at most the lines asked, marking what was cut', () => {
    expect(wrapLabel('Mediators who know both groups, talking tonight', 16)).toEqual(['Mediators who', 'know both group…'])
    expect(wrapLabel('Short', 16)).toEqual(['Short'])
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10, 1)).toEqual(['Supercali…'])
  })

  const row = (count: number, across = true) =>
    Array.from({ length: count }, (_, i) => ({ id: `need:n${i}`, kind: 'need' as const, code: `N${i + 1}`, label: '<b>x</b>', x: across ? i * 300 : 0, y: across ? 0 : i * 130, gap: i % 2 === 0 }))
  /** The smallest type as printed: its size in map units times the picture's scale on a 680 px wide page. */
  const printedType = (svg: string) => {
    const [, , , w, h] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number)
    const scale = Math.min(680 / w!, 790 / h!)
    const sizes = [...svg.slice(svg.indexOf('<g class="nodes">')).matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]))
    return Math.min(...sizes) * scale
  }

  it('escapes every label, marks each gap, and prints a small map as one picture with type of 8 points or more', () => {
    const pictures = renderMapSvg({ nodes: row(4), edges: [{ source: 'need:n0', target: 'need:n1', kind: 'covers' }] }, 'Map')
    expect(pictures).toHaveLength(1)
    expect(pictures[0]).not.toContain('<b>')
    expect(pictures[0]).toContain('&lt;b&gt;')
    expect(pictures[0]!.match(/stroke-dasharray="12 6"/g)).toHaveLength(2)
    expect(printedType(pictures[0]!)).toBeGreaterThanOrEqual(11)
  })

  it.each([
    ['wide', row(40, true)],
    ['tall', row(100, false)],
  ])('cuts a %s map into parts, each printing every code at 8 points or more, each item in a part', (_, nodes) => {
    const pictures = renderMapSvg({ nodes, edges: [] }, 'Map', (part, parts) => `Part ${part} of ${parts}`)
    expect(pictures.length).toBeGreaterThan(1)
    expect(pictures.at(-1)).toContain(`aria-label="Map — Part ${pictures.length} of ${pictures.length}"`)
    for (const picture of pictures) expect(printedType(picture)).toBeGreaterThanOrEqual(10.99)
    const drawn = new Set(pictures.flatMap((picture) => [...picture.matchAll(/<title>(N\d+):/g)].map((m) => m[1])))
    expect(drawn.size).toBe(nodes.length)
  })
})
