// Undo and Redo of a session, as immer patches (after Excalidraw's history): each change is an
// entry with its patches and their inverse; undo applies the inverse and moves the entry to the
// redo stack; a new change clears redo. Changes with the same coalesce key in quick succession
// (typing in one field, nudging one node) join one entry. Pure: the console keeps one per session.
import type { Patch } from 'immer'
import type { ActionLabel } from './actions/action'

export interface HistoryEntry {
  label: ActionLabel
  patches: Patch[]
  inversePatches: Patch[]
  coalesce?: string | undefined
  /** When the entry last grew (ms), for coalescing. */
  at: number
}

export interface History {
  undo: HistoryEntry[]
  redo: HistoryEntry[]
}

/** A step taken back or forward: what to apply now, and the label the journal keeps. */
export interface HistoryStep {
  label: ActionLabel & { replay: 'undo' | 'redo' }
  patches: Patch[]
  inversePatches: Patch[]
}

/** How long after one change another with the same coalesce key joins its entry. */
export const COALESCE_MS = 2000

export function createHistory(): History {
  return { undo: [], redo: [] }
}

/** Records a change the facilitator just made. */
export function recordChange(history: History, change: { label: ActionLabel; patches: Patch[]; inversePatches: Patch[]; coalesce?: string | undefined }, now: number): void {
  const top = history.undo[history.undo.length - 1]
  if (change.coalesce && top && history.redo.length === 0 && top.coalesce === change.coalesce && now - top.at < COALESCE_MS) {
    top.patches = [...top.patches, ...change.patches]
    top.inversePatches = [...change.inversePatches, ...top.inversePatches]
    top.at = now
  } else {
    history.undo.push({ ...change, at: now })
  }
  history.redo = []
}

/** What stepping back (undo) or forward (redo) applies now, or undefined when there is nothing. */
export function step(history: History, direction: 'undo' | 'redo'): HistoryStep | undefined {
  const from = direction === 'undo' ? history.undo : history.redo
  const to = direction === 'undo' ? history.redo : history.undo
  const entry = from.pop()
  if (!entry) return undefined
  to.push(entry)
  const label = { ...entry.label, replay: direction }
  return direction === 'undo'
    ? { label, patches: entry.inversePatches, inversePatches: entry.patches }
    : { label, patches: entry.patches, inversePatches: entry.inversePatches }
}

/** What Undo and Redo would take back or put back now. */
export function historyLabels(history: History): { undo: ActionLabel | undefined; redo: ActionLabel | undefined } {
  return { undo: history.undo[history.undo.length - 1]?.label, redo: history.redo[history.redo.length - 1]?.label }
}
