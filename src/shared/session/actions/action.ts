// A named session action (after Excalidraw's actions/): what the facilitator did, as a pure
// change of the session document made with immer's produceWithPatches — the patches the journal
// saves, their inverse for Undo, and a label (a message key and its values) that Undo, the Edit
// menu and the journal word in the reader's language.
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer'
import type { ActionLabelKey, MessageRef } from '../../i18n/catalog'
import type { SessionDocument } from '../document'

enablePatches()

/** What an action may know of the world beyond the document: the time, and new ids. */
export interface ActionContext {
  /** The moment of the change, from the app's clock. */
  now: Date
  /** A new UUID for a record this change makes. */
  newId: () => string
}

export type ActionLabel = MessageRef<ActionLabelKey>

/** One change of the document, ready to show, save and undo. */
export interface PerformedChange {
  /** The action's name ("capture"), for the journal and the tests. */
  action: string
  document: SessionDocument
  patches: Patch[]
  inversePatches: Patch[]
  label: ActionLabel
  /** Changes with the same key in quick succession are one undo step (typing, nudging). */
  coalesce?: string | undefined
}

export interface ActionDefinition<P> {
  name: string
  label: (params: P, document: SessionDocument) => ActionLabel
  coalesce?: (params: P) => string
  /** The change itself, on a draft; changing nothing means the action does not apply. */
  apply: (draft: Draft<SessionDocument>, params: P, context: ActionContext) => void
}

/** Performs the action on a document; undefined when it changes nothing. */
export type SessionAction<P> = ((document: SessionDocument, params: P, context: ActionContext) => PerformedChange | undefined) & {
  readonly actionName: string
}

export function defineAction<P>(definition: ActionDefinition<P>): SessionAction<P> {
  const perform = (document: SessionDocument, params: P, context: ActionContext): PerformedChange | undefined => {
    const [next, patches, inversePatches] = produceWithPatches(document, (draft) => definition.apply(draft, params, context))
    if (patches.length === 0) return undefined
    return {
      action: definition.name,
      document: next,
      patches,
      inversePatches,
      label: definition.label(params, document),
      coalesce: definition.coalesce?.(params),
    }
  }
  return Object.assign(perform, { actionName: definition.name })
}

/** Long text (a note, an objective) shortened for a label: Undo names it, it need not quote it. */
export function gist(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
