import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { clean, draftList, type UpdateDraft } from '../../../../../src/renderer/src/sections/scenarios/editor/draft'
import { nextId } from '../../../../../src/shared/scenario/outline'
import { SCENARIO_FORMAT_VERSION, scenarioSchema, type Scenario } from '../../../../../src/shared/scenario/schema'

const start: Scenario = {
  formatVersion: SCENARIO_FORMAT_VERSION,
  id: '00000000-0000-4000-8000-000000000009',
  overview: {
    title: 'Heat wave',
    summary: 'S',
    type: 'tabletop',
    communityAreas: [68],
    language: 'en',
    place: '  ',
    objectives: [
      { id: 'o1', text: 'First' },
      { id: 'o3', text: 'Second' },
    ],
    participants: [],
  },
  variables: [],
  modules: [
    {
      id: 'm1',
      title: 'Night',
      timing: '',
      narrative: 'N',
      injects: [{ id: 'i1', title: 'Call', text: 'T', from: ' ', expectedActions: ['  Call back ', '', ' '] }],
      questions: [],
      needs: [],
    },
  ],
}

/** An update that applies recipes to a local copy, as the editor's state does. */
function editing(initial: Scenario): { update: UpdateDraft; current: () => Scenario } {
  let draft = initial
  return { update: (recipe) => void (draft = produce(draft, recipe)), current: () => draft }
}

describe('nextId', () => {
  it('counts on from the list’s length and skips ids already taken', () => {
    expect(nextId('o', ['o1', 'o3'])).toBe('o4')
    expect(nextId('o', ['o1', 'o2'])).toBe('o3')
    expect(nextId('place', [])).toBe('place1')
  })
})

describe('draftList', () => {
  it('adds the row `make` writes, from the draft as it is', () => {
    const { update, current } = editing(start)
    draftList(update, (d) => d.overview.objectives, (_, list) => ({ id: nextId('o', list.map((o) => o.id)), text: '' })).onAdd()
    expect(current().overview.objectives.map((o) => o.id)).toEqual(['o1', 'o3', 'o4'])
  })

  it('moves a row, and ignores a move past either end', () => {
    const { update, current } = editing(start)
    const objectives = draftList(update, (d) => d.overview.objectives, () => ({ id: 'x', text: '' }))
    objectives.onMove(1, 0)
    expect(current().overview.objectives.map((o) => o.text)).toEqual(['Second', 'First'])
    objectives.onMove(0, -1)
    objectives.onMove(1, 2)
    expect(current().overview.objectives.map((o) => o.text)).toEqual(['Second', 'First'])
  })

  it('removes a row and leaves the original draft untouched', () => {
    const { update, current } = editing(start)
    draftList(update, (d) => d.modules[0]!.injects, () => ({ id: 'x', title: '', text: '' })).onRemove(0)
    expect(current().modules[0]!.injects).toEqual([])
    expect(start.modules[0]!.injects).toHaveLength(1)
  })
})

describe('clean', () => {
  it('drops blank optional text and blank expected actions, so the draft checks like the saved file', () => {
    const cleaned = clean(start)
    expect(cleaned.overview.place).toBeUndefined()
    expect(cleaned.modules[0]!.timing).toBeUndefined()
    expect(cleaned.modules[0]!.injects[0]!.from).toBeUndefined()
    expect(cleaned.modules[0]!.injects[0]!.expectedActions).toEqual(['Call back'])
    expect(scenarioSchema.safeParse(cleaned).success).toBe(true)
  })
})
