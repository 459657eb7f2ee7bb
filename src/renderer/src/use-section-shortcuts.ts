// Alt+1, Alt+2, … jump to the sidebar's sections from anywhere.
import { useEffect } from 'react'
import { SECTIONS } from './sections'

export function useSectionShortcuts(goTo: (id: string) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const index = Number(event.key) - 1
      const section = SECTIONS[index]
      if (!section) return
      event.preventDefault()
      goTo(section.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [goTo])
}
