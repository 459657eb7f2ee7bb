// The editor's keys, wherever the focus is in it: Ctrl+S saves; Alt+Shift+M, I, Q, N add a module,
// an inject, a question, a need; Alt+Shift+O goes back to the outline.
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { ModulePart } from '../../../../../shared/scenario/outline'

export interface EditorKeyActions {
  save: () => void
  add: (kind: 'module' | ModulePart) => void
  toOutline: () => void
}

const ADD_KEYS: Record<string, 'module' | ModulePart> = { KeyM: 'module', KeyI: 'inject', KeyQ: 'question', KeyN: 'need' }

export function useEditorKeys(actions: EditorKeyActions): void {
  const latest = useRef(actions)
  useLayoutEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyS') {
        event.preventDefault()
        latest.current.save()
      } else if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
        const kind = ADD_KEYS[event.code]
        if (kind) latest.current.add(kind)
        else if (event.code === 'KeyO') latest.current.toOutline()
        else return
        event.preventDefault()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
