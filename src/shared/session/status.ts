// How a session moves through its life: planned → running ⇄ paused → finished, and a finished
// session reopened (paused) to be changed again. A finished session is read-only.
import type { SessionSummary } from './model'

type Status = SessionSummary['status']

const NEXT: Record<Status, readonly Status[]> = {
  planned: ['running'],
  running: ['paused', 'finished'],
  paused: ['running', 'finished'],
  finished: ['paused'],
}

export function canMoveTo(from: Status, to: Status): boolean {
  return from === to || NEXT[from].includes(to)
}

/** Whether the room's record of the session may change (capture, map, sign-in). */
export function isEditable(status: Status): boolean {
  return status !== 'finished'
}
