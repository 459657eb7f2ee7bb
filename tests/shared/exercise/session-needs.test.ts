import { describe, expect, it } from 'vitest'
import { assessSession, coveragesOf, gapNeedOf, gapNeedsOf, leadsOf, needsReached, preventionNeeds } from '../../../src/shared/exercise/session-needs'
import { emptySessionDocument } from '../../../src/shared/session/document'
import { nodeIdOf } from '../../../src/shared/session/graph'
import { need, ORG, scenario, service, SERVICE } from '../../helpers/exercise-fixture'
import type { Scenario } from '../../../src/shared/scenario/schema'

describe('a session as the gap engine reads it', () => {
  it('reaches the needs of the modules so far, and always the prevention needs', () => {
    expect(needsReached(scenario, 'm1').map((n) => n.id)).toEqual(['prevent'])
    expect(needsReached(scenario, 'm3').map((n) => n.id)).toEqual(['prevent', 'light', 'later'])
    expect(needsReached(scenario, undefined).map((n) => n.id)).toEqual(['prevent'])
    const onlyLater = { ...scenario, modules: [scenario.modules[2]!, scenario.modules[0]!] }
    expect(needsReached(onlyLater, 'm3').map((n) => n.id)).toEqual(['later', 'prevent'])
    expect(preventionNeeds(scenario).map((n) => n.id)).toEqual(['prevent'])
  })

  it('reads covers links as coverage (with what they commit) and leads links as leads', () => {
    const document = emptySessionDocument()
    document.graph.edges = [
      { id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:light', amount: 2, when: 'Sat 20:00-02:00' },
      { id: 'e2', kind: 'leads', source: nodeIdOf('organization', ORG), target: 'need:light' },
      { id: 'e3', kind: 'provides', source: nodeIdOf('organization', ORG), target: nodeIdOf('resource', SERVICE) },
    ]
    const [coverage] = coveragesOf(document)
    expect(coverage).toMatchObject({ resourceId: SERVICE, needId: 'light', amount: 2 })
    expect(coverage!.when).toMatchObject({ kind: 'hours' })
    expect(leadsOf(document)).toEqual([{ organizationId: ORG, needId: 'light' }])
  })

  it('gives a need whose area is not a community area the session’s area; its languages as codes; no window when none reads', () => {
    expect(gapNeedOf(need('x', { communityArea: 'Somewhere else' }), 30).areaNumber).toBe(30)
    expect(gapNeedOf(need('x', { when: 'sometimes' }), 30).when).toBeUndefined()
    expect(gapNeedOf(need('x', { languages: ['English', 'Español', 'es'] }), 30).languages).toEqual(['en', 'es'])
  })

  it('gives each need its deadline as hours on the story clock', () => {
    const scenario = { overview: { storyStart: 'Friday 23:30' }, modules: [{ id: 'm1', storyTime: 'Friday 23:30', injects: [], needs: [need('x', { deadline: 'tonight' }), need('y')] }] } as unknown as Scenario
    const [x, y] = gapNeedsOf(scenario, scenario.modules[0]!.needs, 30)
    expect(x!.deadline).toEqual({ hours: 6.5, text: 'tonight', arisesAt: 4 * 1440 + 23 * 60 + 30 })
    expect(y!.deadline).toBeUndefined()
  })

  it('assesses the reached needs against what the room linked, gaps first', () => {
    const document = emptySessionDocument()
    document.currentModuleId = 'm2'
    document.graph.edges = [
      { id: 'e1', kind: 'covers', source: nodeIdOf('resource', SERVICE), target: 'need:light', amount: 1 },
      { id: 'e2', kind: 'leads', source: nodeIdOf('organization', ORG), target: 'need:light' },
    ]
    const { needs, assessments } = assessSession(scenario, document, 26, new Map([[SERVICE, service]]), '2026-11-23')
    expect(needs.map((n) => n.id)).toEqual(['prevent', 'light'])
    expect(assessments.map((a) => [a.needId, a.covered])).toEqual([
      ['prevent', false],
      ['light', true],
    ])
  })
})
