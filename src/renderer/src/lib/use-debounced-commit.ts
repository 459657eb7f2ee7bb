// Hands typing over after a pause (and at once on flush, blur or unmount), counted as pending
// work meanwhile: fields save as they are typed without one save per keystroke.
import { useCallback, useEffect, useRef } from 'react'
import { beginPending } from './pending-work'

/** The longest a keystroke waits before it is handed over: at most this much typing is lost to a crash. */
export const TYPING_PAUSE_MS = 400

/** `commit` may return a promise: the work stays pending until it settles. */
export function useDebouncedCommit<T>(commit: (value: T) => void | Promise<unknown>, delayMs: number = TYPING_PAUSE_MS): { schedule: (value: T) => void; flush: () => void } {
  const latest = useRef<{ value: T; done: () => void } | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const commitRef = useRef(commit)
  useEffect(() => {
    commitRef.current = commit
  }, [commit])

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const waiting = latest.current
    latest.current = undefined
    if (!waiting) return
    const handed = commitRef.current(waiting.value)
    if (handed instanceof Promise) void handed.finally(waiting.done)
    else waiting.done()
  }, [])

  const schedule = useCallback(
    (value: T) => {
      const done = latest.current?.done ?? beginPending()
      latest.current = { value, done }
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, delayMs)
    },
    [delayMs, flush],
  )

  useEffect(() => flush, [flush])
  return { schedule, flush }
}
