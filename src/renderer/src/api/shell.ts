// The page's side of the Edit menu. Under Electron, the menu's Undo and Redo name what they would
// do and come here; a text field with the focus undoes its typing, otherwise the running session
// (if one is open) undoes its last change. In a plain browser there is no menu and this is idle.
import type { HistoryLabels, MenuCommand } from '../../../shared/shell'

type SessionHistory = { undo: () => void; redo: () => void }

let session: SessionHistory | undefined

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLElement && (element.isContentEditable || ['INPUT', 'TEXTAREA'].includes(element.tagName))
}

function onMenuCommand(command: MenuCommand): void {
  if (isTextField(document.activeElement) || !session) {
    // The browser's own undo for the field (execCommand is the one way a page can ask for it).
    document.execCommand(command)
    return
  }
  session[command]()
}

/** Starts listening to the Edit menu (once, at start-up). */
export function connectEditMenu(): void {
  window.shell?.onMenuCommand(onMenuCommand)
}

/** The running session's Undo and Redo: the menu names and calls them until `release` is called. */
export function provideSessionHistory(history: SessionHistory, labels: HistoryLabels): () => void {
  session = history
  window.shell?.setHistory(labels)
  return () => {
    if (session === history) session = undefined
    window.shell?.setHistory({ undo: null, redo: null })
  }
}
