// The current section lives in the address (#/areas), so a reload keeps the facilitator's place.
import { useCallback, useEffect, useState } from 'react'
import { sectionFromHash, type Section } from './sections'

export function useHashSection(): [Section, (id: string) => void] {
  const [section, setSection] = useState(() => sectionFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = (): void => setSection(sectionFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const go = useCallback((id: string) => {
    window.location.hash = `#/${id}`
  }, [])
  return [section, go]
}
