// Capturing what the room says, correcting it, and moderating it: a new item is saved the moment
// Enter is pressed; a question joins the panel's queue; hiding keeps every word.
import { gist } from '../../journal/action'
import type { ItemKind } from '../document'
import type { RoomLanguage } from '../model'
import { defineTownHallAction, itemOn, leadOn } from './action'

export interface CapturedItem {
  text: string
  kind: ItemKind
  language: RoomLanguage
  /** Given only with the speaker's consent. */
  speakerName?: string | undefined
  place?: string | undefined
  themeId?: string | undefined
}

export const captureItem = defineTownHallAction<CapturedItem>({
  name: 'townhall.capture',
  label: ({ kind }) => ({ key: 'action.townHall.capture', values: { kind } }),
  apply: (d, { text, kind, language, speakerName, place, themeId }, { now, newId }) => {
    const words = text.trim()
    if (words === '') return
    const id = newId()
    const name = speakerName?.trim()
    const where = place?.trim()
    d.items.push({
      id,
      text: words,
      kind,
      language,
      ...(name ? { speaker: { name, consent: true as const } } : {}),
      ...(where ? { place: where } : {}),
      ...(themeId && d.themes.some((t) => t.id === themeId) ? { themeId } : {}),
      at: now.toISOString(),
    })
    if (kind === 'question') d.queue.push(id)
  },
})

export interface ItemCorrection {
  id: string
  text?: string | undefined
  kind?: ItemKind | undefined
  language?: RoomLanguage | undefined
  place?: string | undefined
}

export const editItem = defineTownHallAction<ItemCorrection>({
  name: 'townhall.edit',
  label: ({ id }, document) => ({ key: 'action.townHall.edit', values: { text: gist(document.items.find((i) => i.id === id)?.text ?? '') } }),
  coalesce: ({ id }) => `edit:townhall:${id}`,
  apply: (d, { id, text, kind, language, place }) => {
    const item = itemOn(d, id)
    if (!item) return
    if (text !== undefined && text.trim() !== '' && text !== item.text) item.text = text
    if (kind !== undefined && kind !== item.kind) {
      item.kind = kind
      const lead = leadOn(d, id)!
      if (kind === 'question' && lead.id === id && !d.queue.includes(id) && !item.answer) d.queue.push(id)
      if (kind !== 'question') d.queue = d.queue.filter((queued) => queued !== id)
    }
    if (language !== undefined) item.language = language
    if (place !== undefined) {
      if (place.trim() === '') delete item.place
      else item.place = place.trim()
    }
  },
})

/** Hides items from counts, the projector and the report, or shows them again. */
export const setHidden = defineTownHallAction<{ ids: string[]; hidden: boolean }>({
  name: 'townhall.hide',
  label: ({ ids, hidden }) => ({ key: hidden ? 'action.townHall.hide' : 'action.townHall.show', values: { count: ids.length } }),
  apply: (d, { ids, hidden }) => {
    for (const id of ids) {
      const item = itemOn(d, id)
      if (!item) continue
      if (hidden) item.hidden = true
      else delete item.hidden
    }
    if (hidden) {
      d.queue = d.queue.filter((queued) => !ids.includes(queued))
      if (d.answering !== undefined && ids.includes(d.answering)) delete d.answering
    }
  },
})
