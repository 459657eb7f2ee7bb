// Undo and Redo of a session, as immer patches (after Excalidraw's history): each change is an
// entry with its patches and their inverse; undo applies the inverse and moves the entry to the
// redo stack; a new change clears redo. Changes with the same coalesce key in quick succession
// (typing in one field, nudging one node) join one entry. Pure: the console keeps one per session.
import type { Patch } from 'immer'
import type { ActionLabel } from './action'

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

/** How many steps Undo reaches back after a reload or a restart (the journal keeps every change). */
export const HISTORY_DEPTH = 100

export function createHistory(): History {
  return { undo: [], redo: [] }
}

/** Records a change the facilitator just made. */
export function recordChange(history: History, change: { label: ActionLabel; patches: Patch[]; inversePatches: Patch[]; coalesce?: string | undefined }, now: number): void {
  const top = history.undo[history.undo.length - 1]
  // A key naming one edit of one field ("edit:…") joins for as long as that edit lasts.
  const recent = change.coalesce?.startsWith('edit:') || (top !== undefined && now - top.at < COALESCE_MS)
  if (change.coalesce && top && history.redo.length === 0 && top.coalesce === change.coalesce && recent) {
    top.patches = [...top.patches, ...change.patches]
    top.inversePatches = [...change.inversePatches, ...top.inversePatches]
    top.at = now
  } else {
    // Only what Undo needs: a performed change also carries its whole document.
    const { label, patches, inversePatches, coalesce } = change
    history.undo.push({ label, patches, inversePatches, ...(coalesce === undefined ? {} : { coalesce }), at: now })
    if (history.undo.length > HISTORY_DEPTH) history.undo.splice(0, history.undo.length - HISTORY_DEPTH)
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

/** A saved change as the journal gives it back: what was done, or an Undo or Redo of it. */
export interface JournalStep {
  label: ActionLabel & { replay?: 'undo' | 'redo' | undefined }
  patches: Patch[]
  inversePatches: Patch[]
  coalesce?: string | undefined
  /** When it was saved (ms). */
  at: number
}

/**
 * The history as it stood after these saved changes, oldest first: the same steps Undo and Redo
 * had before a reload or a restart (the journal's last steps, up to HISTORY_DEPTH).
 */
export function rebuildHistory(steps: readonly JournalStep[]): History {
  const history = createHistory()
  for (const saved of steps) {
    if (saved.label.replay === 'undo') {
      const entry = history.undo.pop()
      if (entry) history.redo.push(entry)
    } else if (saved.label.replay === 'redo') {
      const entry = history.redo.pop()
      if (entry) history.undo.push(entry)
    } else {
      const { replay: _replay, ...label } = saved.label
      recordChange(history, { label, patches: saved.patches, inversePatches: saved.inversePatches, coalesce: saved.coalesce }, saved.at)
    }
  }
  return history
}
