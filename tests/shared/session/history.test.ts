// Properties of Undo and Redo over random sequences of session changes (fast-check): undoing
// everything gives the start, redoing everything gives the end, and a new change ends redo.
import fc from 'fast-check'
import { applyPatches, enablePatches, produceWithPatches } from 'immer'
import { describe, expect, it } from 'vitest'
import { emptySessionDocument, type SessionDocument } from '../../../src/shared/session/document'
import { createHistory, historyLabels, recordChange, step, type History } from '../../../src/shared/session/history'

enablePatches()

type Edit =
  | { kind: 'note'; text: string }
  | { kind: 'item'; what: string }
  | { kind: 'move'; node: number; x: number; y: number }
  | { kind: 'remove-note' }
  | { kind: 'commit'; amount: number }

const at = '2026-11-23T18:00:00.000Z'
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('item' as const), what: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('move' as const), node: fc.integer({ min: 0, max: 2 }), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
  fc.constant({ kind: 'remove-note' as const }),
  fc.record({ kind: fc.constant('commit' as const), amount: fc.integer({ min: 0, max: 9 }) }),
)

function start(): SessionDocument {
  const document = emptySessionDocument()
  document.graph.nodes = [0, 1, 2].map((i) => ({ id: `resource:r${i}`, kind: 'resource' as const, refId: `r${i}`, x: i * 100, y: 0 }))
  document.graph.edges = [{ id: 'e1', kind: 'covers', source: 'resource:r0', target: 'need:n1' }]
  return document
}

/** Applies one edit as the console does; returns the coalesce key it would use. */
function recipe(e: Edit, index: number): { recipe: (d: SessionDocument) => void; coalesce?: string } {
  switch (e.kind) {
    case 'note':
      return { recipe: (d) => void d.entries.push({ id: `e${index}`, kind: 'note', text: e.text, at }) }
    case 'item':
      return { recipe: (d) => void d.actionItems.push({ id: `a${index}`, what: e.what, ownerName: '', priority: 'medium', status: 'open', at }) }
    case 'move':
      return { recipe: (d) => void Object.assign(d.graph.nodes[e.node]!, { x: e.x, y: e.y }), coalesce: `move:${e.node}` }
    case 'remove-note':
      return { recipe: (d) => void d.entries.pop() }
    case 'commit':
      return { recipe: (d) => void (d.graph.edges[0]!.amount = e.amount), coalesce: 'commit:e1' }
  }
}

/** Makes every edit, `gapMs` apart, recording each in the history. */
function run(edits: Edit[], gapMs: number): { history: History; states: SessionDocument[] } {
  const history = createHistory()
  let document = start()
  const states = [document]
  edits.forEach((e, index) => {
    const { recipe: change, coalesce } = recipe(e, index)
    const [next, patches, inversePatches] = produceWithPatches(document, change)
    if (patches.length === 0) return
    recordChange(history, { label: e.kind, patches, inversePatches, coalesce }, index * gapMs)
    document = next
    states.push(document)
  })
  return { history, states }
}

function replayAll(history: History, document: SessionDocument, direction: 'undo' | 'redo'): SessionDocument {
  let current = document
  for (let stepped = step(history, direction); stepped; stepped = step(history, direction)) current = applyPatches(current, stepped.patches)
  return current
}

describe('undo and redo, over random sequences of changes', () => {
  it('undoing everything gives the start; redoing everything gives the end', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), fc.constantFrom(0, 500, 5000), (edits, gapMs) => {
        const { history, states } = run(edits, gapMs)
        const end = states[states.length - 1]!
        const undone = replayAll(history, end, 'undo')
        expect(undone).toEqual(start())
        expect(historyLabels(history).undo).toBeUndefined()
        expect(replayAll(history, undone, 'redo')).toEqual(end)
      }),
      { numRuns: 300 },
    )
  })

  it('undoing k steps and redoing them comes back to the same document', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), fc.nat(30), (edits, k) => {
        const { history, states } = run(edits, 5000)
        let document = states[states.length - 1]!
        const end = document
        let undone = 0
        for (let i = 0; i < k; i++) {
          const stepped = step(history, 'undo')
          if (!stepped) break
          document = applyPatches(document, stepped.patches)
          undone++
        }
        // Without coalescing (5 s apart) every change is its own step: k steps back is state -k.
        expect(document).toEqual(states[states.length - 1 - undone])
        for (let i = 0; i < undone; i++) document = applyPatches(document, step(history, 'redo')!.patches)
        expect(document).toEqual(end)
      }),
      { numRuns: 300 },
    )
  })

  it('a new change after an undo ends redo', () => {
    const { history, states } = run([{ kind: 'note', text: 'a' }, { kind: 'note', text: 'b' }], 5000)
    const undone = applyPatches(states[2]!, step(history, 'undo')!.patches)
    const [, patches, inversePatches] = produceWithPatches(undone, (d) => void d.actionItems.push({ id: 'x', what: 'c', ownerName: '', priority: 'low', status: 'open', at }))
    recordChange(history, { label: 'item', patches, inversePatches }, 99_000)
    expect(historyLabels(history)).toEqual({ undo: 'item', redo: undefined })
  })

  it('joins quick changes with the same key into one step (typing, nudging), and not slow ones', () => {
    const quick = run([{ kind: 'commit', amount: 1 }, { kind: 'commit', amount: 2 }, { kind: 'commit', amount: 3 }], 300)
    expect(quick.history.undo).toHaveLength(1)
    expect(applyPatches(quick.states[3]!, step(quick.history, 'undo')!.patches)).toEqual(start())
    const slow = run([{ kind: 'commit', amount: 1 }, { kind: 'commit', amount: 2 }], 5000)
    expect(slow.history.undo).toHaveLength(2)
  })
})
