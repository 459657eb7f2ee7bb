import { describe, expect, it } from 'vitest'
import { createSessionEditor } from '../../../../src/renderer/src/sections/sessions/session-editor'
import { capture, toggleClock } from '../../../../src/shared/session/actions'
import { emptySessionDocument, type SessionChange, type SessionDocument } from '../../../../src/shared/session/document'
import { createHistory } from '../../../../src/shared/journal/history'

const SESSION = '00000000-0000-4000-8000-00000000000a'

/** The services, as far as the editor sees them: a saved document and a journal that may refuse. */
function services() {
  let saved: { revision: number; document: SessionDocument } = { revision: 0, document: emptySessionDocument() }
  const received: SessionChange[] = []
  let refuse = false
  let ids = 0
  return {
    received,
    refuseNext: () => (refuse = true),
    saved: () => saved,
    editor: createSessionEditor(SESSION, {
      load: async () => saved,
      loadHistory: async () => createHistory(),
      save: async (change) => {
        received.push(change)
        if (refuse) {
          refuse = false
          throw new Error('disk full')
        }
        if (change.baseRevision !== saved.revision) throw new Error('stale')
        saved = { revision: saved.revision + 1, document: saved.document }
        return { revision: saved.revision }
      },
      now: () => new Date('2026-10-03T18:00:00Z'),
      newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    }),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the session editor', () => {
  it('shows each change at once and saves them in order, each on the revision before it', async () => {
    const { editor, received } = services()
    await editor.load()
    editor.perform(capture, { kind: 'note', text: 'one', moduleId: 'm1' })
    editor.perform(capture, { kind: 'note', text: 'two', moduleId: 'm1' })
    expect(editor.getState().document!.entries.map((e) => e.text)).toEqual(['one', 'two'])
    expect(editor.getState().saving).toBe(true)
    await settle()
    expect(received.map((c) => [c.baseRevision, c.label])).toEqual([
      [0, { key: 'action.capture', values: { kind: 'note' } }],
      [1, { key: 'action.capture', values: { kind: 'note' } }],
    ])
    expect(editor.getState()).toMatchObject({ saving: false, problem: undefined, undoLabel: { key: 'action.capture' } })
  })

  it('undoes and redoes as changes of their own, labelled as replays', async () => {
    const { editor, received } = services()
    await editor.load()
    editor.perform(toggleClock, {})
    editor.undo()
    expect(editor.getState().document!.clock.running).toBe(false)
    expect(editor.getState().redoLabel).toEqual({ key: 'action.startClock' })
    editor.redo()
    await settle()
    expect(received.map((c) => c.label.replay)).toEqual([undefined, 'undo', 'redo'])
  })

  it('after a failed save shows what is saved, says why, and forgets a history of changes that never were', async () => {
    const { editor, received, refuseNext, saved } = services()
    await editor.load()
    editor.perform(capture, { kind: 'note', text: 'saved', moduleId: 'm1' })
    await settle()
    refuseNext()
    editor.perform(capture, { kind: 'note', text: 'refused', moduleId: 'm1' })
    // Made on top of the refused one before the refusal came back: never sent.
    editor.perform(capture, { kind: 'note', text: 'on top', moduleId: 'm1' })
    await settle()
    await settle()
    const state = editor.getState()
    expect(state.problem).toMatchObject({ kind: 'save' })
    expect(state.document).toEqual(saved().document)
    expect(state.undoLabel).toBeUndefined()
    expect(state.redoLabel).toBeUndefined()
    expect(received).toHaveLength(2)
    editor.undo()
    await settle()
    expect(received).toHaveLength(2)
  })
})
