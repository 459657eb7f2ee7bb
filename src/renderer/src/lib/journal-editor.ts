// A journaled document (a running session, a town hall) as a screen edits it, outside React: each
// action is shown at once, saved in order through the journal, and kept for Undo and Redo. After a
// save fails the editor shows what is saved again and forgets its history, which described a
// document that no longer is.
import { applyPatches, type Patch } from 'immer'
import type { ActionLabel, DocumentAction } from '../../../shared/journal/action'
import type { ChangeLabel } from '../../../shared/journal/change'
import { createHistory, historyLabels, recordChange, step, type History } from '../../../shared/journal/history'

/** A change as the editor sends it; the caller adds whose document it is. */
export interface EditorChange {
  baseRevision: number
  label: ChangeLabel
  patches: Patch[]
  inversePatches: Patch[]
  coalesce?: string
}

export interface JournalEditorDeps<D> {
  load: () => Promise<{ revision: number; document: D }>
  /** Undo and Redo as they stood when the document was last open. */
  loadHistory: () => Promise<History>
  save: (change: EditorChange) => Promise<{ revision: number }>
  now: () => Date
  newId: () => string
}

export interface JournalEditorState<D> {
  document: D | undefined
  /** Why the document could not be loaded, or the last change not saved (worded by the screen). */
  problem: { kind: 'load' | 'save'; error: unknown } | undefined
  saving: boolean
  /** What Undo and Redo would take back or put back now. */
  undoLabel: ActionLabel | undefined
  redoLabel: ActionLabel | undefined
}

export interface JournalEditor<D> {
  getState: () => JournalEditorState<D>
  subscribe: (listener: () => void) => () => void
  load: (options?: { withHistory: boolean }) => Promise<void>
  perform: <P>(action: DocumentAction<D, P>, params: P) => void
  undo: () => void
  redo: () => void
}

export function createJournalEditor<D>(deps: JournalEditorDeps<D>): JournalEditor<D> {
  let state: JournalEditorState<D> = { document: undefined, problem: undefined, saving: false, undoLabel: undefined, redoLabel: undefined }
  const listeners = new Set<() => void>()
  let history: History = createHistory()
  let revision = 0
  let pending = 0
  let queue: Promise<void> = Promise.resolve()
  // Changes queued before a failed save were made on a document that is gone: they are not sent.
  let generation = 0

  const publish = (next: Partial<JournalEditorState<D>>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }
  const labels = () => {
    const { undo, redo } = historyLabels(history)
    return { undoLabel: undo, redoLabel: redo }
  }

  async function load(options: { withHistory: boolean } = { withHistory: true }): Promise<void> {
    try {
      const [saved, kept] = await Promise.all([deps.load(), options.withHistory ? deps.loadHistory() : undefined])
      revision = saved.revision
      if (kept) history = kept
      publish({ document: saved.document, ...labels() })
    } catch (error) {
      publish({ problem: { kind: 'load', error } })
    }
  }

  /** Saves a change after every earlier one; the caller shows it (and that it is saving). */
  function send(label: ChangeLabel, patches: Patch[], inversePatches: Patch[], coalesce?: string): void {
    const sentIn = generation
    pending++
    queue = queue.then(async () => {
      try {
        if (sentIn !== generation) return
        const saved = await deps.save({ baseRevision: revision, label, patches, inversePatches, ...(coalesce ? { coalesce } : {}) })
        revision = saved.revision
        if (state.problem?.kind === 'save') publish({ problem: undefined })
      } catch (error) {
        // The screen must match what is saved: say why, show the saved state, start history afresh.
        generation++
        history = createHistory()
        publish({ problem: { kind: 'save', error }, ...labels() })
        await load({ withHistory: false })
      } finally {
        pending--
        publish({ saving: pending > 0 })
      }
    })
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    load,
    perform(action, params) {
      if (!state.document) return
      const change = action(state.document, params, { now: deps.now(), newId: deps.newId })
      if (!change) return
      recordChange(history, change, deps.now().getTime())
      // Sent before it is shown: the save then runs while the screen renders, not after.
      send(change.label, change.patches, change.inversePatches, change.coalesce)
      publish({ document: change.document, saving: true, ...labels() })
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
  }

  function replay(direction: 'undo' | 'redo'): void {
    if (!state.document) return
    const stepped = step(history, direction)
    if (!stepped) return
    const next = applyPatches(state.document, stepped.patches)
    send(stepped.label, stepped.patches, stepped.inversePatches)
    publish({ document: next, saving: true, ...labels() })
  }
}
