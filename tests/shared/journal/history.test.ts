// Properties of Undo and Redo over random sequences of the console's own actions (fast-check):
// undoing everything gives the start, redoing everything gives the end, and a new change ends redo.
import fc from 'fast-check'
import { applyPatches } from 'immer'
import { describe, expect, it } from 'vitest'
import { addActionItem, capture, commitLink, linkItems, moveItems, toggleClock, type PerformedChange } from '../../../src/shared/session/actions'
import { emptySessionDocument, type SessionDocument } from '../../../src/shared/session/document'
import { createHistory, HISTORY_DEPTH, historyLabels, rebuildHistory, recordChange, step, type History, type JournalStep } from '../../../src/shared/journal/history'

type Edit =
  | { kind: 'note'; text: string }
  | { kind: 'item'; what: string }
  | { kind: 'move'; node: number; x: number; y: number }
  | { kind: 'clock' }
  | { kind: 'link'; node: number }
  | { kind: 'commit'; amount: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('item' as const), what: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('move' as const), node: fc.integer({ min: 0, max: 2 }), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
  fc.constant({ kind: 'clock' as const }),
  fc.record({ kind: fc.constant('link' as const), node: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('commit' as const), amount: fc.integer({ min: 0, max: 9 }) }),
)

function start(): SessionDocument {
  const document = emptySessionDocument()
  document.graph.nodes = [0, 1, 2].map((i) => ({ id: `resource:r${i}`, kind: 'resource' as const, refId: `r${i}`, x: i * 100, y: 0 }))
  document.graph.edges = [{ id: 'e1', kind: 'covers', source: 'resource:r0', target: 'need:n1' }]
  return document
}

/** Performs one edit with the action the console uses for it. */
function perform(document: SessionDocument, e: Edit, index: number): PerformedChange | undefined {
  const context = { now: new Date(Date.UTC(2026, 10, 23, 18, 0, index)), newId: () => `id-${index}` }
  switch (e.kind) {
    case 'note':
      return capture(document, { kind: 'note', text: e.text, moduleId: 'm1' }, context)
    case 'item':
      return addActionItem(document, { what: e.what, ownerName: 'Transportation', priority: 'medium' }, context)
    case 'move':
      return moveItems(document, { moves: [{ id: `resource:r${e.node}`, x: e.x, y: e.y }], firstName: `r${e.node}` }, context)
    case 'clock':
      return toggleClock(document, {}, context)
    case 'link':
      return linkItems(document, { source: `resource:r${e.node}`, target: 'need:n1', kind: 'covers', sourceName: `r${e.node}`, targetName: 'n1' }, context)
    case 'commit':
      return commitLink(document, { edgeId: 'e1', amount: e.amount }, context)
  }
}

/** Makes every edit, `gapMs` apart, recording each in the history. */
function run(edits: Edit[], gapMs: number): { history: History; states: SessionDocument[] } {
  const history = createHistory()
  let document = start()
  const states = [document]
  edits.forEach((e, index) => {
    const change = perform(document, e, index)
    if (!change) return
    recordChange(history, change, index * gapMs)
    document = change.document
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
    recordChange(history, perform(undone, { kind: 'item', what: 'c' }, 9)!, 99_000)
    expect(historyLabels(history)).toEqual({ undo: { key: 'action.addActionItem', values: { what: 'c' } }, redo: undefined })
  })

  it('names each step by its action, and a replay as Undo or Redo of it', () => {
    const { history } = run([{ kind: 'note', text: 'a' }, { kind: 'move', node: 1, x: 5, y: 5 }], 5000)
    expect(historyLabels(history).undo).toEqual({ key: 'action.moveItems', values: { count: 1, name: 'r1' } })
    expect(step(history, 'undo')!.label).toEqual({ key: 'action.moveItems', values: { count: 1, name: 'r1' }, replay: 'undo' })
    expect(step(history, 'redo')!.label.replay).toBe('redo')
  })

  it('joins quick changes with the same key into one step (typing, nudging), and not slow ones', () => {
    const quick = run([{ kind: 'commit', amount: 1 }, { kind: 'commit', amount: 2 }, { kind: 'commit', amount: 3 }], 300)
    expect(quick.history.undo).toHaveLength(1)
    expect(applyPatches(quick.states[3]!, step(quick.history, 'undo')!.patches)).toEqual(start())
    const slow = run([{ kind: 'commit', amount: 1 }, { kind: 'commit', amount: 2 }], 5000)
    expect(slow.history.undo).toHaveLength(2)
  })

  it('rebuilds from the journal exactly the Undo and Redo there were, whatever was done, undone and redone', () => {
    const operation = fc.oneof(edit.map((e) => ({ do: e })), fc.constant({ do: 'undo' as const }), fc.constant({ do: 'redo' as const }))
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), fc.constantFrom(300, 5000), (operations, gapMs) => {
        const live = createHistory()
        const journal: JournalStep[] = []
        let document = start()
        operations.forEach((operation, index) => {
          const at = index * gapMs
          if (operation.do === 'undo' || operation.do === 'redo') {
            const stepped = step(live, operation.do)
            if (!stepped) return
            document = applyPatches(document, stepped.patches)
            journal.push({ label: stepped.label, patches: stepped.patches, inversePatches: stepped.inversePatches, at })
            return
          }
          const change = perform(document, operation.do, index)
          if (!change) return
          recordChange(live, change, at)
          document = change.document
          journal.push({ label: change.label, patches: change.patches, inversePatches: change.inversePatches, coalesce: change.coalesce, at })
        })
        const rebuilt = rebuildHistory(journal)
        expect(rebuilt).toEqual(live)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the last HISTORY_DEPTH steps', () => {
    const edits = Array.from({ length: HISTORY_DEPTH + 20 }, (_, i): Edit => ({ kind: 'note', text: `n${i}` }))
    const { history } = run(edits, 5000)
    expect(history.undo).toHaveLength(HISTORY_DEPTH)
  })

  it('joins one edit of a field into one step however slowly it is typed', () => {
    const history = createHistory()
    const label = { key: 'action.explainRating' as const, values: { objective: 'O' } }
    for (let i = 0; i < 5; i++) recordChange(history, { label, patches: [], inversePatches: [], coalesce: 'edit:reason:o1:1' }, i * 60_000)
    recordChange(history, { label, patches: [], inversePatches: [], coalesce: 'edit:reason:o1:2' }, 999_999)
    expect(history.undo).toHaveLength(2)
  })
})
