import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { elkGraphOf, positionsOf, type LayoutRequest } from '../../../../../src/renderer/src/sections/sessions/map/layout'

const request: LayoutRequest = {
  id: 1,
  nodes: [
    { id: 'organization:o1', kind: 'organization', width: 240, height: 96 },
    { id: 'organization:o2', kind: 'organization', width: 240, height: 96 },
    { id: 'resource:r1', kind: 'resource', width: 240, height: 96 },
    { id: 'need:n1', kind: 'need', width: 240, height: 96 },
    { id: 'need:n2', kind: 'need', width: 240, height: 96 },
  ],
  edges: [
    { id: 'e1', source: 'organization:o1', target: 'resource:r1' },
    { id: 'e2', source: 'resource:r1', target: 'need:n1' },
    { id: 'e3', source: 'organization:o2', target: 'need:n1' },
    { id: 'e4', source: 'organization:o1', target: 'organization:o2' },
    { id: 'e5', source: 'resource:r1', target: 'need:gone' },
  ],
}

describe('auto-layout with ELK', () => {
  it('puts organizations first, then resources, then needs, left to right, without overlaps', async () => {
    const positions = positionsOf(await new ELK().layout(elkGraphOf(request)))
    expect(Object.keys(positions).sort()).toEqual(request.nodes.map((n) => n.id).sort())
    expect(positions['organization:o1']!.x).toBeLessThan(positions['resource:r1']!.x)
    expect(positions['resource:r1']!.x).toBeLessThan(positions['need:n1']!.x)
    const boxes = Object.values(positions)
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 240 || Math.abs(a.y - b.y) >= 96).toBe(true)
  })

  it('leaves out links to items not being laid out, and links between two organizations', () => {
    const graph = elkGraphOf(request)
    expect(graph.edges!.map((e) => e.id)).toEqual(['e1', 'e2', 'e3'])
  })
})
