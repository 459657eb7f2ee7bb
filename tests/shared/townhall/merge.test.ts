import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { captureItem, mergeItems, setHidden, unmergeItem } from '../../../src/shared/townhall/actions'
import { emptyTownHallDocument, type TownHallDocument } from '../../../src/shared/townhall/document'
import { itemGroups, mostRaised } from '../../../src/shared/townhall/groups'

const now = new Date('2026-12-05T19:00:00.000Z')

function withItems(texts: { text: string; speaker: string | undefined; hidden: boolean }[]): TownHallDocument {
  let n = 0
  const context = { now, newId: () => `i${n++}` }
  let document = emptyTownHallDocument()
  for (const item of texts) {
    document = captureItem(document, { text: item.text, kind: 'concern', language: 'en', speakerName: item.speaker }, context)?.document ?? document
  }
  const hidden = document.items.filter((_, index) => texts[index]?.hidden).map((i) => i.id)
  return hidden.length > 0 ? setHidden(document, { ids: hidden, hidden: true }, context)!.document : document
}

const items = fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== ''), speaker: fc.option(fc.constantFrom('Ana', 'Luis', 'Rosa'), { nil: undefined }), hidden: fc.boolean() }), { minLength: 2, maxLength: 25 })
const picks = fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 6 })
const context = { now, newId: () => 'never' }

const words = (document: TownHallDocument) => document.items.map((i) => ({ id: i.id, text: i.text, speaker: i.speaker?.name, hidden: i.hidden === true }))
const shownCount = (document: TownHallDocument) => document.items.filter((i) => !i.hidden).length

/** Merges each pick of items (by their place in the list) in turn. */
function mergeEach(start: TownHallDocument, merges: number[][]): TownHallDocument {
  let document = start
  for (const pick of merges) {
    const ids = pick.map((index) => document.items[index % document.items.length]!.id)
    document = mergeItems(document, { ids }, context)?.document ?? document
  }
  return document
}

describe('merging duplicates', () => {
  it('keeps every item’s words, speaker and the room’s count, whatever is merged', () => {
    fc.assert(
      fc.property(items, picks, (said, merges) => {
        const start = withItems(said)
        const document = mergeEach(start, merges)
        expect(words(document)).toEqual(words(start))
        const groups = itemGroups(document)
        expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(shownCount(start))
        expect(mostRaised(document).reduce((sum, t) => sum + t.count, 0)).toBe(shownCount(start))
        // Every item is in exactly one group, and a group's lead is never itself merged.
        const all = itemGroups(document, { includeHidden: true })
        expect(all.flatMap((g) => g.items.map((i) => i.id)).sort()).toEqual(document.items.map((i) => i.id).sort())
        for (const group of all) expect(group.lead.mergedInto).toBeUndefined()
      }),
    )
  })

  it('counts a merged group as the sum of what it joined', () => {
    fc.assert(
      fc.property(items, fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), (said, pick) => {
        const document = withItems(said)
        const ids = [...new Set(pick.map((index) => document.items[index % document.items.length]!.id))]
        const merged = mergeItems(document, { ids }, context)
        if (ids.length < 2) {
          expect(merged).toBeUndefined()
          return
        }
        const before = itemGroups(document, { includeHidden: true }).filter((g) => ids.includes(g.lead.id))
        const lead = merged!.document.items.find((i) => ids.includes(i.id) && i.mergedInto === undefined)!
        const after = itemGroups(merged!.document, { includeHidden: true }).find((g) => g.lead.id === lead.id)!
        expect(after.count).toBe(before.reduce((sum, g) => sum + g.count, 0))
        expect(after.items.map((i) => i.text).sort()).toEqual(before.flatMap((g) => g.items.map((i) => i.text)).sort())
      }),
    )
  })

  it('unmerging every member puts each item back as it was', () => {
    fc.assert(
      fc.property(items, picks, (said, merges) => {
        const start = withItems(said)
        let document = mergeEach(start, merges)
        for (const item of document.items) {
          if (item.mergedInto !== undefined) document = unmergeItem(document, { id: item.id }, context)?.document ?? document
        }
        expect(document.items).toEqual(start.items)
        expect(itemGroups(document)).toHaveLength(shownCount(start))
      }),
    )
  })

  it('unmerging a group’s lead dissolves the group', () => {
    const document = withItems([{ text: 'a', speaker: undefined, hidden: false }, { text: 'b', speaker: 'Ana', hidden: false }, { text: 'c', speaker: undefined, hidden: false }])
    const merged = mergeItems(document, { ids: ['i2', 'i0', 'i1'] }, context)!.document
    expect(itemGroups(merged).map((g) => [g.lead.id, g.count])).toEqual([['i0', 3]])
    const apart = unmergeItem(merged, { id: 'i0' }, context)!.document
    expect(itemGroups(apart).map((g) => g.count)).toEqual([1, 1, 1])
  })
})
