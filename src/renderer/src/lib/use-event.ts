// A handler whose identity never changes but which always sees the latest render's values, so
// memoized children given it do not re-render (the pattern of React's useEffectEvent).
import { useCallback, useLayoutEffect, useRef } from 'react'

export function useEvent<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
