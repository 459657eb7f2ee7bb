import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { formatPath } from '../../../src/shared/scenario/path'
import { addItem, canMove, errorsOn, exists, firstWithErrors, moveItem, outlineOf, removeItem, type OutlineRef } from '../../../src/shared/scenario/outline'
import { scenarioSchema, type Scenario } from '../../../src/shared/scenario/schema'
import { blankScenario, newScenario } from '../../../src/shared/scenario/template'

const ID = '3c1f6a8e-2b4d-4e6f-8a1b-9c0d2e3f4a5b'
const errorPathsOf = (scenario: Scenario) => {
  const result = scenarioSchema.safeParse(scenario)
  return result.success ? [] : result.error.issues.map((issue) => formatPath(issue.path))
}

/** Applies one outline change to a scenario, as the editor does inside immer. */
function change(scenario: Scenario, recipe: (d: Scenario) => OutlineRef): [Scenario, OutlineRef] {
  let at: OutlineRef = { kind: 'overview' }
  const next = produce(scenario, (d) => void (at = recipe(d)))
  return [next, at]
}

describe('the outline of a scenario', () => {
  it('lists the overview parts, then each module followed by its injects, questions and needs, numbered within the module', () => {
    const [scenario] = change(newScenario(ID, 'en', 44), (d) => {
      addItem(d, 'need', 0)
      return addItem(d, 'module')
    })
    expect(outlineOf(scenario).map((item) => `${item.key} ${item.level} ${item.number}`)).toEqual([
      'overview 1 ',
      'objectives 1 1',
      'participants 1 0',
      'variables 1 0',
      'module:0 1 1',
      'inject:0:0 2 1.1',
      'question:0:0 2 1.1',
      'need:0:0 2 1.1',
      'need:0:1 2 1.2',
      'module:1 1 2',
    ])
  })

  it('builds a whole scenario from blank that checks, with fresh ids for each new item', () => {
    let scenario = blankScenario(ID, 'en', 44)
    expect(outlineOf(scenario)).toHaveLength(4)
    ;[scenario] = change(scenario, (d) => {
      d.overview.title = 'Chatham'
      d.overview.summary = 'A shooting near 79th Street.'
      d.overview.objectives.push({ id: 'o1', text: 'Reach the family.' })
      for (let m = 0; m < 3; m++) {
        const { module } = addItem(d, 'module') as { module: number }
        Object.assign(d.modules[module]!, { title: `Module ${m + 1}`, narrative: 'What happens.' })
        const inject = addItem(d, 'inject', module) as { index: number; module: number }
        Object.assign(d.modules[module]!.injects[inject.index]!, { title: 'News', text: 'A call.' })
        const need = addItem(d, 'need', module) as { index: number; module: number }
        Object.assign(d.modules[module]!.needs[need.index]!, { category: 'street-outreach', description: 'Outreach on the block.' })
      }
      return { kind: 'overview' }
    })
    expect(errorPathsOf(scenario)).toEqual([])
    expect(scenario.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3'])
    expect(scenario.modules.flatMap((m) => m.needs.map((n) => n.id))).toEqual(['n1', 'n2', 'n3'])
  })

  it('moves an item among its own kind only, and says where it went', () => {
    const start = produce(newScenario(ID, 'en', 44), (d) => {
      addItem(d, 'inject', 0)
      d.modules[0]!.injects[1]!.title = 'Second'
    })
    expect(canMove(start, { kind: 'inject', module: 0, index: 1 }, 1)).toBe(false)
    expect(canMove(start, { kind: 'question', module: 0, index: 0 }, -1)).toBe(false)
    const [moved, at] = change(start, (d) => moveItem(d, { kind: 'inject', module: 0, index: 1 }, -1))
    expect(at).toEqual({ kind: 'inject', module: 0, index: 0 })
    expect(moved.modules[0]!.injects.map((i) => i.title)).toEqual(['Second', 'First news'])
    const [same, stay] = change(moved, (d) => moveItem(d, { kind: 'inject', module: 0, index: 0 }, -1))
    expect(stay).toEqual({ kind: 'inject', module: 0, index: 0 })
    expect(same).toBe(moved)
  })

  it('removes an item and chooses the neighbour to select next', () => {
    const start = newScenario(ID, 'en', 44)
    const [noInject, next] = change(start, (d) => removeItem(d, { kind: 'inject', module: 0, index: 0 }))
    expect(noInject.modules[0]!.injects).toEqual([])
    expect(next).toEqual({ kind: 'module', module: 0 })
    const [noModule, after] = change(start, (d) => removeItem(d, { kind: 'module', module: 0 }))
    expect(noModule.modules).toEqual([])
    expect(after).toEqual({ kind: 'variables' })
    expect(exists(noModule, { kind: 'need', module: 0, index: 0 })).toBe(false)
  })

  it('marks each problem on the item that holds the field, not on the items around it', () => {
    const [scenario] = change(newScenario(ID, 'en', 44), (d) => {
      d.modules[0]!.needs[0]!.category = ''
      d.modules[0]!.injects[0]!.title = ''
      d.overview.summary = ''
      return { kind: 'overview' }
    })
    const paths = errorPathsOf(scenario)
    expect(errorsOn({ kind: 'overview' }, paths)).toBe(1)
    expect(errorsOn({ kind: 'module', module: 0 }, paths)).toBe(0)
    expect(errorsOn({ kind: 'inject', module: 0, index: 0 }, paths)).toBe(1)
    expect(errorsOn({ kind: 'need', module: 0, index: 0 }, paths)).toBe(1)
    expect(errorsOn({ kind: 'question', module: 0, index: 0 }, paths)).toBe(0)
    expect(firstWithErrors(scenario, paths)?.key).toBe('overview')
  })
})
