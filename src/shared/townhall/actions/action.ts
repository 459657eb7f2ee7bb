// A named town-hall action: a document action (shared/journal/action.ts) on the town hall's document.
import type { Draft } from 'immer'
import { defineDocumentAction, type DocumentAction, type DocumentActionDefinition } from '../../journal/action'
import type { TownHallDocument, TownHallItem } from '../document'

export type TownHallAction<P> = DocumentAction<TownHallDocument, P>

export function defineTownHallAction<P>(definition: DocumentActionDefinition<TownHallDocument, P>): TownHallAction<P> {
  return defineDocumentAction<TownHallDocument, P>(definition)
}

/** The item a change is about, found on the draft. */
export function itemOn(draft: Draft<TownHallDocument>, id: string): Draft<TownHallItem> | undefined {
  return draft.items.find((item) => item.id === id)
}

/** The lead of the group an item is in (itself unless merged into another that is still there). */
export function leadOn(draft: Draft<TownHallDocument>, id: string): Draft<TownHallItem> | undefined {
  const item = itemOn(draft, id)
  if (!item) return undefined
  return (item.mergedInto !== undefined ? itemOn(draft, item.mergedInto) : undefined) ?? item
}
