import { describe, expect, it } from 'vitest'
import { emptySessionDocument } from '../../../src/shared/session/document'
import { edgeKindsFor, kindOfNodeId, nodeIdOf, placeNodes, refIdOf } from '../../../src/shared/session/graph'
import { SERVICE } from '../../helpers/exercise-fixture'

describe('the map in the session document', () => {
  it('names items kind:refId and reads both parts back', () => {
    const id = nodeIdOf('resource', SERVICE)
    expect(id).toBe(`resource:${SERVICE}`)
    expect(kindOfNodeId(id)).toBe('resource')
    expect(refIdOf(id)).toBe(SERVICE)
  })

  it('links only what the room can say, in its direction', () => {
    expect(edgeKindsFor('organization', 'resource')).toEqual(['provides'])
    expect(edgeKindsFor('resource', 'need')).toEqual(['covers'])
    expect(edgeKindsFor('organization', 'need')).toEqual(['leads'])
    expect(edgeKindsFor('organization', 'organization')).toEqual(['coordinates', 'refers'])
    expect(edgeKindsFor('need', 'resource')).toEqual([])
  })

  it('saves moves, adding entries for items not yet placed, and pins them when moved by hand', () => {
    const document = emptySessionDocument()
    document.graph.nodes = [{ id: nodeIdOf('resource', SERVICE), kind: 'resource', refId: SERVICE, x: 10, y: 20 }]
    placeNodes(document, [{ id: nodeIdOf('resource', SERVICE), x: 1, y: 2 }, { id: 'need:light', x: 3, y: 4 }], true)
    expect(document.graph.nodes).toEqual([
      { id: nodeIdOf('resource', SERVICE), kind: 'resource', refId: SERVICE, x: 1, y: 2, pinned: true },
      { id: 'need:light', kind: 'need', refId: 'light', x: 3, y: 4, pinned: true },
    ])
    placeNodes(document, [{ id: 'need:light', x: 5, y: 6 }], false)
    expect(document.graph.nodes[1]).toMatchObject({ x: 5, y: 6, pinned: false })
  })
})
