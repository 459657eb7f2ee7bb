import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { checkListOnce } from '../../../../src/main/services/journal/list-check'
import { captureItem } from '../../../../src/shared/townhall/actions'
import { emptyTownHallDocument, townHallDocumentSchema, townHallItemSchema, type TownHallDocument } from '../../../../src/shared/townhall/document'

let n = 0
const context = { now: new Date('2026-12-05T19:00:00.000Z'), newId: () => `i${n++}` }

function withItems(count: number): TownHallDocument {
  let document = emptyTownHallDocument()
  for (let i = 0; i < count; i++) document = captureItem(document, { text: `Item ${i}`, kind: 'concern', language: 'en' }, context)!.document
  return document
}

describe('checking a long list once per record', () => {
  it('gives the schema’s verdict, for a good document and for one bad record among checked ones', () => {
    const check = checkListOnce(townHallDocumentSchema, 'items', townHallItemSchema)
    const good = withItems(20)
    expect(check(good)).toEqual({ success: true, data: good })
    const bad = produce(good, (d) => {
      ;(d.items as unknown[]).push({ id: 'x', text: 'No consent', kind: 'concern', language: 'en', speaker: { name: 'Ana', consent: false }, at: context.now.toISOString() })
    })
    const verdict = check(bad)
    expect(verdict.success).toBe(false)
    expect(!verdict.success && verdict.error.issues[0]!.path.slice(0, 2)).toEqual(['items', 20])
    // Outside the list, too.
    expect(check({ ...good, attendance: -1 }).success).toBe(false)
    expect(check({ ...good, items: 'none' }).success).toBe(false)
  })

  it('checks an unchanged record once, and a changed one again', () => {
    const calls: unknown[] = []
    const spying = townHallItemSchema.superRefine((item) => void calls.push(item))
    const check = checkListOnce(townHallDocumentSchema, 'items', spying)
    const first = withItems(50)
    expect(check(first).success).toBe(true)
    expect(calls).toHaveLength(50)
    const next = captureItem(first, { text: 'One more', kind: 'question', language: 'es' }, context)!.document
    expect(check(next).success).toBe(true)
    expect(calls).toHaveLength(51)
    const edited = produce(next, (d) => {
      d.items[3]!.text = 'Changed'
    })
    expect(check(edited).success).toBe(true)
    expect(calls).toHaveLength(52)
  })
})
