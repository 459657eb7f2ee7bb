import { describe, expect, it } from 'vitest'
import { NODE_HEIGHT } from '../../../../../src/renderer/src/sections/sessions/map/model'
import { NAME_LINE_HEIGHT, nodeTextAt, READABLE_PX, showsText, zoomStep } from '../../../../../src/renderer/src/sections/sessions/map/node-text'

describe('node text at a zoom', () => {
  it('draws everything as designed while its smallest line (12 px) stays 12 px on the screen', () => {
    expect(nodeTextAt(1, 15)).toEqual({ mode: 'full' })
    expect(nodeTextAt(1.6, 17)).toEqual({ mode: 'full' })
    expect(nodeTextAt(0.995, 15).mode).toBe('names')
  })

  it('zoomed out, shows the name alone, never smaller on the screen than the readable size', () => {
    for (let zoom = 0.19; zoom < 1; zoom += 0.0137) {
      const text = nodeTextAt(zoom, 15)
      expect(text.mode).toBe('names')
      if (text.mode !== 'names') continue
      expect(text.size * zoom).toBeGreaterThanOrEqual(READABLE_PX)
      expect(text.size * zoom).toBeGreaterThanOrEqual(12)
      // The lines shown fit inside the node.
      expect(text.lines).toBeGreaterThanOrEqual(1)
      expect(text.lines * text.size * NAME_LINE_HEIGHT).toBeLessThanOrEqual(NODE_HEIGHT)
    }
  })

  it('keeps the name as large as designed where that is already readable, and gives it more lines when they fit', () => {
    expect(nodeTextAt(0.9, 17)).toEqual({ mode: 'names', size: 17, lines: 4 })
    const far = nodeTextAt(0.4, 15)
    expect(far).toEqual({ mode: 'names', size: 33, lines: 2 })
    expect(nodeTextAt(0.25, 15)).toEqual({ mode: 'names', size: 52, lines: 1 })
  })

  it('draws no text when not even one readable line of a name fits in a node', () => {
    expect(nodeTextAt(0.1, 15)).toEqual({ mode: 'shapes' })
    expect(showsText(0.1)).toBe(false)
    expect(showsText(0.2)).toBe(true)
    expect(showsText(1)).toBe(true)
  })

  it('changes in whole percent steps of zoom, rounded down', () => {
    expect(zoomStep(0.4567)).toBe(0.45)
    expect(zoomStep(0.29)).toBe(0.29)
    expect(zoomStep(1)).toBe(1)
    expect(nodeTextAt(0.4567, 15)).toEqual(nodeTextAt(0.45, 15))
  })
})
