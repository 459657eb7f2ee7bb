// The part of the address after the section (#/scenarios/<id>), so a reload reopens the same item.
import { useCallback, useEffect, useState } from 'react'

function detailOf(hash: string): string | undefined {
  const [, detail] = hash.replace(/^#\/?/, '').split('/')
  return detail ? decodeURIComponent(detail) : undefined
}

export function useHashDetail(section: string): [string | undefined, (detail: string | undefined) => void] {
  const [detail, setDetail] = useState(() => detailOf(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setDetail(detailOf(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const go = useCallback(
    (next: string | undefined) => {
      window.location.hash = next === undefined ? `#/${section}` : `#/${section}/${encodeURIComponent(next)}`
    },
    [section],
  )
  return [detail, go]
}
