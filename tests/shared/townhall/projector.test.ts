import { describe, expect, it } from 'vitest'
import { captureItem, mergeItems, setAnswering, setHidden, setItemTheme } from '../../../src/shared/townhall/actions'
import { newTownHallDocument, type TownHallDocument } from '../../../src/shared/townhall/document'
import { projectorView } from '../../../src/shared/townhall/projector'

let n = 0
const context = { now: new Date('2026-12-05T19:00:00.000Z'), newId: () => `id-${n++}` }
const act = <P>(document: TownHallDocument, action: (d: TownHallDocument, p: P, c: typeof context) => { document: TownHallDocument } | undefined, params: P) => action(document, params, context)!.document

describe('the projector’s view', () => {
  it('shows the question being answered and the themes by count, and never a hidden item or a name', () => {
    let document = newTownHallDocument(context.newId, context.now)
    const lighting = document.themes.find((t) => t.starter === 'lighting')!.id
    document = act(document, captureItem, { text: 'When will the lights be fixed?', kind: 'question', language: 'en', speakerName: 'Rosa', themeId: lighting })
    document = act(document, captureItem, { text: '¿Cuándo arreglan las luces?', kind: 'question', language: 'es', themeId: lighting })
    document = act(document, captureItem, { text: 'A slur', kind: 'concern', language: 'en' })
    document = act(document, captureItem, { text: 'Who cleans the lot?', kind: 'question', language: 'en' })
    const [first, second, slur, lot] = document.items.map((i) => i.id)
    document = act(document, mergeItems, { ids: [first!, second!] })
    document = act(document, setItemTheme, { ids: [slur!], themeId: document.themes.find((t) => t.starter === 'safety')!.id })
    document = act(document, setHidden, { ids: [slur!], hidden: true })
    document = act(document, setAnswering, { id: first! })
    const view = projectorView(document, 7)
    expect(view).toEqual({
      revision: 7,
      attendance: 0,
      answering: { text: 'When will the lights be fixed?', language: 'en' },
      waiting: 1,
      themes: [{ theme: { id: lighting, starter: 'lighting' }, count: 2 }],
    })
    expect(JSON.stringify(view)).not.toContain('Rosa')
    expect(JSON.stringify(view)).not.toContain('slur')
    // A hidden question on screen is not shown.
    const hidden = act(act(document, setAnswering, { id: lot! }), setHidden, { ids: [lot!], hidden: true })
    expect(projectorView(hidden, 8).answering).toBeNull()
  })
})
