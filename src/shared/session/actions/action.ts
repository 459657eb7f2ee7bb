// A named session action: a document action (shared/journal/action.ts) on the session document.
import { defineDocumentAction, type DocumentAction, type DocumentActionDefinition, type PerformedChange as DocumentChange } from '../../journal/action'
import type { SessionDocument } from '../document'

export { gist, type ActionContext, type ActionLabel } from '../../journal/action'

export type PerformedChange = DocumentChange<SessionDocument>
export type ActionDefinition<P> = DocumentActionDefinition<SessionDocument, P>
export type SessionAction<P> = DocumentAction<SessionDocument, P>

export function defineAction<P>(definition: ActionDefinition<P>): SessionAction<P> {
  return defineDocumentAction<SessionDocument, P>(definition)
}
