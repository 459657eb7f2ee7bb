// The running session as the console edits it: the journal editor (lib/journal-editor.ts) on
// the session's document.
import type { SessionChange, SessionDocument } from '../../../../shared/session/document'
import type { History } from '../../../../shared/journal/history'
import { createJournalEditor, type JournalEditor, type JournalEditorState } from '../../lib/journal-editor'

export interface SessionEditorDeps {
  load: (sessionId: string) => Promise<{ revision: number; document: SessionDocument }>
  /** Undo and Redo as they stood when the session was last open. */
  loadHistory: (sessionId: string) => Promise<History>
  save: (change: SessionChange) => Promise<{ revision: number }>
  now: () => Date
  newId: () => string
}

export type SessionEditorState = JournalEditorState<SessionDocument>
export type SessionEditor = JournalEditor<SessionDocument>

export function createSessionEditor(sessionId: string, deps: SessionEditorDeps): SessionEditor {
  return createJournalEditor<SessionDocument>({
    load: () => deps.load(sessionId),
    loadHistory: () => deps.loadHistory(sessionId),
    save: (change) => deps.save({ sessionId, ...change }),
    now: deps.now,
    newId: deps.newId,
  })
}
