// The running session's document in the renderer: each change is applied at once on screen,
// sent to be saved in order, and kept for Undo and Redo as immer patches.
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer'
import { createHistory, historyLabels, recordChange, step, type History } from '../../../../shared/session/history'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SessionDocument } from '../../../../shared/session/document'
import { call, errorMessage } from '../../api/client'

enablePatches()

export interface ChangeOptions {
  coalesce?: string
}

export interface SessionDocumentApi {
  document: SessionDocument | undefined
  error: string | undefined
  /** Makes a change: `label` names it in Undo ("Undo add note"). */
  change: (label: string, recipe: (draft: SessionDocument) => void, options?: ChangeOptions) => void
  undo: () => void
  redo: () => void
  undoLabel: string | undefined
  redoLabel: string | undefined
  saving: boolean
}

export function useSessionDocument(sessionId: string): SessionDocumentApi {
  const [document, setDocument] = useState<SessionDocument | undefined>()
  const [error, setError] = useState<string | undefined>()
  // The undo and redo stacks live in a ref (changed only by event handlers); `labels` re-renders.
  const history = useRef<History>(createHistory())
  const [labels, setLabels] = useState<{ undo: string | undefined; redo: string | undefined }>({ undo: undefined, redo: undefined })
  const showHistory = useCallback(() => setLabels(historyLabels(history.current)), [])
  const [pending, setPending] = useState(0)
  const documentRef = useRef<SessionDocument | undefined>(undefined)
  const revision = useRef(0)
  const queue = useRef<Promise<void>>(Promise.resolve())

  const reload = useCallback(() => {
    call('sessions.state', { id: sessionId }).then(
      (state) => {
        revision.current = state.revision
        documentRef.current = state.document
        setDocument(state.document)
      },
      (e: unknown) => setError(errorMessage(e)),
    )
  }, [sessionId])
  useEffect(reload, [reload])

  /** Shows the change now and saves it after every earlier one. */
  const send = useCallback(
    (label: string, patches: Patch[], inversePatches: Patch[]) => {
      setPending((n) => n + 1)
      queue.current = queue.current.then(async () => {
        try {
          const saved = await call('sessions.applyChange', { sessionId, baseRevision: revision.current, label, patches, inversePatches })
          revision.current = saved.revision
          setError(undefined)
        } catch (e) {
          // The screen must match what is saved: show why, and reload the saved state.
          setError(`Not saved: ${errorMessage(e)}`)
          reload()
        } finally {
          setPending((n) => n - 1)
        }
      })
    },
    [sessionId, reload],
  )

  const change = useCallback(
    (label: string, recipe: (draft: SessionDocument) => void, options: ChangeOptions = {}) => {
      const current = documentRef.current
      if (!current) return
      const [next, patches, inversePatches] = produceWithPatches(current, recipe)
      if (patches.length === 0) return
      documentRef.current = next
      setDocument(next)
      recordChange(history.current, { label, patches, inversePatches, coalesce: options.coalesce }, Date.now())
      showHistory()
      send(label, patches, inversePatches)
    },
    [send, showHistory],
  )

  const replay = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = documentRef.current
      if (!current) return
      const stepped = step(history.current, direction)
      if (!stepped) return
      const next = applyPatches(current, stepped.patches)
      documentRef.current = next
      setDocument(next)
      showHistory()
      send(stepped.label, stepped.patches, stepped.inversePatches)
    },
    [send, showHistory],
  )
  const undo = useCallback(() => replay('undo'), [replay])
  const redo = useCallback(() => replay('redo'), [replay])

  return {
    document,
    error,
    change,
    undo,
    redo,
    undoLabel: labels.undo,
    redoLabel: labels.redo,
    saving: pending > 0,
  }
}
