// Alt+Shift+C goes to the capture line, Alt+Shift+L to the list of what the room said.
import { useEffect } from 'react'
import { CAPTURE_INPUT_ID } from './CaptureForm'
import { ITEM_LIST_ID } from './ItemList'

export function useWorkspaceKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return
      const target = event.code === 'KeyC' ? CAPTURE_INPUT_ID : event.code === 'KeyL' ? ITEM_LIST_ID : undefined
      if (!target) return
      event.preventDefault()
      document.getElementById(target)?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
