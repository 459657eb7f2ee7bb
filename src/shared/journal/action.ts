// A named action on a journaled document (after Excalidraw's actions/): what the user did, as a
// pure change made with immer's produceWithPatches — the patches the journal saves, their
// inverse for Undo, and a label (a message key and its values) that Undo, the Edit menu and the
// journal word in the reader's language. Exercise sessions and town halls define theirs on it.
import { enablePatches, produceWithPatches, type Draft, type Objectish, type Patch } from 'immer'
import type { ActionLabelKey, MessageRef } from '../i18n/catalog'

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
export interface PerformedChange<D> {
  /** The action's name ("capture"), for the journal and the tests. */
  action: string
  document: D
  patches: Patch[]
  inversePatches: Patch[]
  label: ActionLabel
  /** Changes with the same key in quick succession are one undo step (typing, nudging). */
  coalesce?: string | undefined
}

export interface DocumentActionDefinition<D, P> {
  name: string
  label: (params: P, document: D) => ActionLabel
  coalesce?: (params: P) => string
  /** The change itself, on a draft; changing nothing means the action does not apply. */
  apply: (draft: Draft<D>, params: P, context: ActionContext) => void
}

/** Performs the action on a document; undefined when it changes nothing. */
export type DocumentAction<D, P> = ((document: D, params: P, context: ActionContext) => PerformedChange<D> | undefined) & {
  readonly actionName: string
}

export function defineDocumentAction<D extends Objectish, P>(definition: DocumentActionDefinition<D, P>): DocumentAction<D, P> {
  const perform = (document: D, params: P, context: ActionContext): PerformedChange<D> | undefined => {
    const [next, patches, inversePatches] = produceWithPatches(document, (draft: Draft<D>) => definition.apply(draft, params, context))
    if (patches.length === 0) return undefined
    return {
      action: definition.name,
      document: next as D,
      patches,
      inversePatches,
      label: definition.label(params, document),
      coalesce: definition.coalesce?.(params),
    }
  }
  return Object.assign(perform, { actionName: definition.name })
}

/** Long text (a note, a concern) shortened for a label: Undo names it, it need not quote it. */
export function gist(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
