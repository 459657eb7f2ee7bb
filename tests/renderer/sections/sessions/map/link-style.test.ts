import { describe, expect, it } from 'vitest'
import { linkEndId, linkStroke, linkStyleOf } from '../../../../../src/renderer/src/sections/sessions/map/link-style'
import type { MapEdgeKind } from '../../../../../src/shared/session/graph'

const KINDS: MapEdgeKind[] = ['provides', 'covers', 'leads', 'coordinates', 'refers']

describe('how each kind of link is drawn', () => {
  it('gives no two kinds the same dashes: a link says its kind without its colour or thickness', () => {
    const dashes = KINDS.map((kind) => linkStyleOf(kind).dash)
    expect(new Set(dashes).size).toBe(KINDS.length)
  })

  it('draws provides as a plain line and covers dashed, with an arrow at the need it covers', () => {
    expect(linkStyleOf('provides')).toEqual({ dash: 'none', cap: 'butt', end: undefined })
    expect(linkStyleOf('covers').dash).not.toBe('none')
    expect(linkStyleOf('covers').end).toBe('arrow')
  })

  it('ends the two links that reach a need (covers, leads) in different shapes, and the two between organizations (coordinates, refers) too', () => {
    expect(linkStyleOf('covers').end).not.toBe(linkStyleOf('leads').end)
    expect(linkStyleOf('coordinates').end).not.toBe(linkStyleOf('refers').end)
  })

  it('gives the map and the legend the same attributes: the dashes, and the marker of its kind where it has an end', () => {
    expect(linkStroke('covers')).toEqual({ strokeDasharray: '14 6', strokeLinecap: 'butt', markerEnd: `url(#${linkEndId('covers')})` })
    expect(linkStroke('provides')).toEqual({ strokeDasharray: 'none', strokeLinecap: 'butt' })
    expect(new Set(KINDS.map(linkEndId)).size).toBe(KINDS.length)
  })
})
