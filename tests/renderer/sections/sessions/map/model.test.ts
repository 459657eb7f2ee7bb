import { describe, expect, it } from 'vitest'
import { buildMapModel, defaultPosition, extentKey, freeSpot, keepUnchanged, NODE_HEIGHT, NODE_WIDTH, neighbourhoodOf, sameNode } from '../../../../../src/renderer/src/sections/sessions/map/model'
import { emptySessionDocument, type SessionDocument } from '../../../../../src/shared/session/document'
import { nodeIdOf } from '../../../../../src/shared/session/graph'
import { ORG, participants, scenario, service, SERVICE } from '../../../../helpers/exercise-fixture'

function model(document: SessionDocument) {
  return buildMapModel({ scenario, variables: { corner: 'Madison and Homan' }, participants, document, areaNumber: 26, services: new Map([[SERVICE, service]]), today: '2026-11-23' })
}

function withLinks(...edges: SessionDocument['graph']['edges']): SessionDocument {
  const document = emptySessionDocument()
  document.currentModuleId = 'm2'
  document.graph.nodes = [{ id: nodeIdOf('resource', SERVICE), kind: 'resource', refId: SERVICE, x: 10, y: 20 }]
  document.graph.edges = edges
  return document
}

describe('the map model', () => {
  it('shows the needs reached so far and always the prevention needs, with variables filled in', () => {
    const nodes = model(withLinks()).nodes
    expect(nodes.map((n) => n.id)).toEqual([nodeIdOf('organization', ORG), nodeIdOf('resource', SERVICE), 'need:prevent', 'need:light'])
    expect(nodes.find((n) => n.id === 'need:light')!.data.label).toBe('Fix the light at Madison and Homan (light)')
  })

  it('labels every node and link for screen readers, with the gap state', () => {
    const { nodes, edges } = model(withLinks({ id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:light' }))
    expect(nodes.find((n) => n.id === 'need:light')!.ariaLabel).toBe('Need: Fix the light at Madison and Homan (light) (Medium urgency), gap: 2 reasons')
    expect(edges[0]!.ariaLabel).toBe('Street light repair covers Fix the light at Madison and Homan (light)')
  })

  it('words its labels in the language it is given', () => {
    const document = withLinks({ id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:light' })
    const { nodes, edges } = buildMapModel({ scenario, variables: { corner: 'Madison and Homan' }, participants, document, areaNumber: 26, services: new Map([[SERVICE, service]]), today: '2026-11-23', language: 'es' })
    expect(nodes.find((n) => n.id === 'need:light')!.ariaLabel).toBe('Necesidad: Fix the light at Madison and Homan (light) (Urgencia media), brecha: 2 motivos')
    expect(edges[0]!.ariaLabel).toBe('Street light repair cubre Fix the light at Madison and Homan (light)')
    // A need's name is the scenario's text: it keeps the scenario's language, and says so; the inventory's names say nothing.
    expect(nodes.find((n) => n.id === 'need:light')!.data.lang).toBe('en')
    expect(nodes.find((n) => n.id === nodeIdOf('resource', SERVICE))!.data.lang).toBeUndefined()
  })

  it('closes a gap when the link commits enough at the right hours and someone leads', () => {
    const covers = { id: 'e1', kind: 'covers' as const, source: nodeIdOf('resource', SERVICE), target: 'need:light' }
    const leads = { id: 'e2', kind: 'leads' as const, source: nodeIdOf('organization', ORG), target: 'need:light' }
    const short = model(withLinks(covers, leads)).assessments.find((a) => a.needId === 'light')!
    expect(short.reasons.map((r) => r.kind)).toEqual(['capacity-short'])
    const committed = model(withLinks({ ...covers, amount: 1, when: 'Mon-Fri 07:00-15:00' }, leads)).assessments.find((a) => a.needId === 'light')!
    expect(committed.covered).toBe(true)
    const tooFewHours = model(withLinks({ ...covers, amount: 1, when: 'Mon 07:00-15:00' }, leads)).assessments.find((a) => a.needId === 'light')!
    expect(tooFewHours.reasons.map((r) => r.kind)).toEqual(['not-at-that-time'])
    expect(model(withLinks({ ...covers, amount: 1 }, leads)).edges[0]!.data!.commitment).toBe('1')
  })

  it('drops links whose ends are not on the map (a later module, a removed resource)', () => {
    const { edges } = model(withLinks({ id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:later' }))
    expect(edges).toEqual([])
  })

  it('keeps saved positions and starts the rest in columns of six by kind', () => {
    const { nodes } = model(withLinks())
    expect(nodes.find((n) => n.type === 'resource')!.position).toEqual({ x: 10, y: 20 })
    expect(defaultPosition('organization', 0, { organization: 1, resource: 1 }).x).toBeLessThan(defaultPosition('resource', 0, { organization: 1, resource: 1 }).x)
    expect(defaultPosition('need', 6, { organization: 1, resource: 1 })).toEqual({ x: defaultPosition('need', 0, { organization: 1, resource: 1 }).x + 300, y: 0 })
    expect(defaultPosition('need', 0, { organization: 7, resource: 1 }).x).toBe(3 * 300)
  })


  it('focus: a node and its direct links', () => {
    const edges = [{ source: 'a', target: 'b' }, { source: 'c', target: 'a' }, { source: 'c', target: 'd' }]
    expect([...neighbourhoodOf('a', edges)].sort()).toEqual(['a', 'b', 'c'])
  })


  it('keeps the object of every unchanged node, so React Flow skips it', () => {
    const first = model(withLinks()).nodes
    const second = model(withLinks()).nodes
    const kept = keepUnchanged(new Map(first.map((n) => [n.id, n])), second, sameNode)
    expect(kept.every((node, i) => node === first[i])).toBe(true)
    const moved = second.map((n) => (n.id === 'need:light' ? { ...n, position: { x: 999, y: 0 } } : n))
    const next = keepUnchanged(new Map(first.map((n) => [n.id, n])), moved, sameNode)
    expect(next.filter((node, i) => node !== first[i]).map((n) => n.id)).toEqual(['need:light'])
  })
})

describe('a new item on the map', () => {
  it('goes where it usually goes when that is free, else the nearest free place below, never on another item', () => {
    expect(freeSpot({ x: 300, y: 0 }, [{ x: 0, y: 0 }])).toEqual({ x: 300, y: 0 })
    const taken = [{ x: 300, y: 0 }, { x: 300, y: 126 }]
    const spot = freeSpot({ x: 300, y: 0 }, taken)
    expect(spot).toEqual({ x: 300, y: 252 })
    for (const other of taken) expect(Math.abs(other.x - spot.x) >= NODE_WIDTH || Math.abs(other.y - spot.y) >= NODE_HEIGHT).toBe(true)
    // An item moved by hand near the usual place still counts as taken.
    expect(freeSpot({ x: 300, y: 0 }, [{ x: 310, y: 40 }])).not.toEqual({ x: 300, y: 0 })
  })

  it('names the box the items lie in, which changes only when that box does', () => {
    const at = (x: number, y: number) => ({ position: { x, y } })
    expect(extentKey([])).toBe('')
    expect(extentKey([at(0, 0), at(300, 126)])).toBe('0,0,300,126')
    expect(extentKey([at(0, 0), at(150, 60), at(300, 126)])).toBe(extentKey([at(300, 126), at(0, 0)]))
    expect(extentKey([at(0, 0), at(600, 126)])).not.toBe(extentKey([at(0, 0), at(300, 126)]))
  })
})
