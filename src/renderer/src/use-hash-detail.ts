// The part of the address after the section (#/scenarios/<id>), so a reload reopens the same item.
import { useCallback, useEffect, useState } from 'react'

function detailOf(hash: string): string | undefined {
  const [, detail] = hash.replace(/^#\/?/, '').split('/')
  return detail ? decodeURIComponent(detail) : undefined
}

/** What is being done with the item (#/scenarios/<id>/edit), so a reload goes back to doing it. */
function modeOf(hash: string): string | undefined {
  return hash.replace(/^#\/?/, '').split('/')[2] || undefined
}

export function useHashDetail(section: string): [string | undefined, (detail: string | undefined, mode?: string) => void, string | undefined] {
  const [detail, setDetail] = useState(() => detailOf(window.location.hash))
  const [mode, setMode] = useState(() => modeOf(window.location.hash))
  useEffect(() => {
    const onChange = (): void => {
      setDetail(detailOf(window.location.hash))
      setMode(modeOf(window.location.hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const go = useCallback(
    (next: string | undefined, nextMode?: string) => {
      window.location.hash = next === undefined ? `#/${section}` : `#/${section}/${encodeURIComponent(next)}${nextMode ? `/${nextMode}` : ''}`
    },
    [section],
  )
  return [detail, go, mode]
}
