// A named town-hall action: a document action (shared/journal/action.ts) on the town hall's document.
import { original, type Draft } from 'immer'
import { defineDocumentAction, type DocumentAction, type DocumentActionDefinition } from '../../journal/action'
import type { TownHallDocument, TownHallItem } from '../document'

export type TownHallAction<P> = DocumentAction<TownHallDocument, P>

export function defineTownHallAction<P>(definition: DocumentActionDefinition<TownHallDocument, P>): TownHallAction<P> {
  return defineDocumentAction<TownHallDocument, P>(definition)
}

/**
 * The items as they were before this change, read without drafting each one: immer makes a proxy
 * for every item a recipe touches, and a town hall has thousands.
 */
export function itemsBefore(draft: Draft<TownHallDocument>): readonly TownHallItem[] {
  return (original(draft.items) as readonly TownHallItem[] | undefined) ?? (draft.items as readonly TownHallItem[])
}

/** The item a change is about, on the draft (found among the items as they were). */
export function itemOn(draft: Draft<TownHallDocument>, id: string): Draft<TownHallItem> | undefined {
  const index = itemsBefore(draft).findIndex((item) => item.id === id)
  return index >= 0 ? draft.items[index] : draft.items.find((item) => item.id === id)
}

/** Changes the items that match, on the draft, touching no other. */
export function eachItemWhere(draft: Draft<TownHallDocument>, matches: (item: TownHallItem) => boolean, change: (item: Draft<TownHallItem>) => void): void {
  itemsBefore(draft).forEach((item, index) => {
    if (matches(item)) change(draft.items[index]!)
  })
}

/** The lead of the group an item is in (itself unless merged into another that is still there). */
export function leadOn(draft: Draft<TownHallDocument>, id: string): Draft<TownHallItem> | undefined {
  const item = itemOn(draft, id)
  if (!item) return undefined
  return (item.mergedInto !== undefined ? itemOn(draft, item.mergedInto) : undefined) ?? item
}
