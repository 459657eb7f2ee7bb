// A town hall's document for a screen: the journal editor on it, read as React state.
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { TownHallAction } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import { call } from '../../api/client'
import { appNow } from '../../lib/clock'
import { createJournalEditor, type JournalEditorState } from '../../lib/journal-editor'

export type PerformTownHall = <P>(action: TownHallAction<P>, params: P) => void

export interface TownHallDocumentApi extends JournalEditorState<TownHallDocument> {
  perform: PerformTownHall
  undo: () => void
  redo: () => void
}

/** The editor of one town hall; give the screen a `key` per town hall so another starts afresh. */
export function useTownHallDocument(townHallId: string): TownHallDocumentApi {
  const [editor] = useState(() =>
    createJournalEditor<TownHallDocument>({
      load: () => call('townHalls.state', { id: townHallId }),
      loadHistory: () => call('townHalls.undoHistory', { id: townHallId }),
      save: (change) => call('townHalls.applyChange', { townHallId, ...change }),
      now: appNow,
      newId: () => crypto.randomUUID(),
    }),
  )
  useEffect(() => void editor.load(), [editor])
  const state = useSyncExternalStore(editor.subscribe, editor.getState)
  return { ...state, perform: editor.perform, undo: editor.undo, redo: editor.redo }
}
