// The running session's document in the renderer: each change is applied at once on screen,
// sent to be saved in order, and kept for Undo and Redo as immer patches.
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SessionDocument } from '../../../../shared/session/document'
import { call, errorMessage } from '../../api/client'

enablePatches()

interface HistoryEntry {
  label: string
  patches: Patch[]
  inversePatches: Patch[]
  /** Changes with the same key in quick succession (typing in one field) are one undo step. */
  coalesce?: string | undefined
  at: number
}

/** How long after one change another with the same coalesce key joins its undo step. */
const COALESCE_MS = 2000

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
  // Undo and redo stacks live in refs (changed only by event handlers); `history` re-renders labels.
  const undoStack = useRef<HistoryEntry[]>([])
  const redoStack = useRef<HistoryEntry[]>([])
  const [history, setHistory] = useState({ undo: undefined as string | undefined, redo: undefined as string | undefined })
  const showHistory = useCallback(() => {
    setHistory({ undo: undoStack.current[undoStack.current.length - 1]?.label, redo: redoStack.current[redoStack.current.length - 1]?.label })
  }, [])
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
      const top = undoStack.current[undoStack.current.length - 1]
      const now = Date.now()
      if (options.coalesce && top && redoStack.current.length === 0 && top.coalesce === options.coalesce && now - top.at < COALESCE_MS) {
        top.patches = [...top.patches, ...patches]
        top.inversePatches = [...inversePatches, ...top.inversePatches]
        top.at = now
      } else undoStack.current.push({ label, patches, inversePatches, coalesce: options.coalesce, at: now })
      redoStack.current = []
      showHistory()
      send(label, patches, inversePatches)
    },
    [send, showHistory],
  )

  const replay = useCallback(
    (direction: 'undo' | 'redo') => {
      const from = direction === 'undo' ? undoStack.current : redoStack.current
      const to = direction === 'undo' ? redoStack.current : undoStack.current
      const entry = from.pop()
      const current = documentRef.current
      if (!entry || !current) return
      const patches = direction === 'undo' ? entry.inversePatches : entry.patches
      const inverse = direction === 'undo' ? entry.patches : entry.inversePatches
      const next = applyPatches(current, patches)
      documentRef.current = next
      setDocument(next)
      to.push(entry)
      showHistory()
      send(`${direction === 'undo' ? 'Undo' : 'Redo'} ${entry.label}`, patches, inverse)
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
    undoLabel: history.undo,
    redoLabel: history.redo,
    saving: pending > 0,
  }
}
