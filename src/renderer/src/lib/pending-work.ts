// Typing not yet handed to the services (a debounce still waiting): while any is pending the
// console says "Saving…", so "All changes saved" is true whenever it shows.
import { useSyncExternalStore } from 'react'

let pending = 0
const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

/** Marks some work pending; call the returned function once when it is handed over. */
export function beginPending(): () => void {
  pending++
  notify()
  let done = false
  return () => {
    if (done) return
    done = true
    pending--
    notify()
  }
}

export function hasPendingWork(): boolean {
  return pending > 0
}

export function usePendingWork(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    hasPendingWork,
  )
}
