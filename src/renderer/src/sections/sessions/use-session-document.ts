// The running session's document for a screen: a session editor per session, read as React state.
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { SessionAction } from '../../../../shared/session/actions'
import { call } from '../../api/client'
import { appNow } from '../../lib/clock'
import { createSessionEditor, type SessionEditor, type SessionEditorState } from './session-editor'

export type Perform = <P>(action: SessionAction<P>, params: P) => void

export interface SessionDocumentApi extends SessionEditorState {
  perform: Perform
  undo: () => void
  redo: () => void
}

function editorFor(sessionId: string): SessionEditor {
  return createSessionEditor(sessionId, {
    load: (id) => call('sessions.state', { id }),
    loadHistory: (id) => call('sessions.undoHistory', { id }),
    save: (change) => call('sessions.applyChange', change),
    now: appNow,
    newId: () => crypto.randomUUID(),
  })
}

/** The editor of one session; give the screen a `key` per session so another session starts afresh. */
export function useSessionDocument(sessionId: string): SessionDocumentApi {
  const [editor] = useState(() => editorFor(sessionId))
  useEffect(() => void editor.load(), [editor])
  const state = useSyncExternalStore(editor.subscribe, editor.getState)
  return { ...state, perform: editor.perform, undo: editor.undo, redo: editor.redo }
}
