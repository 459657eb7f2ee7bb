// Merging duplicates: the items join the group of the first one said; every item keeps its own
// words, speaker, theme and time, so unmerging puts each back as it was. A merged item leaves the
// queue; its group's lead stands for it.
import type { Draft } from 'immer'
import type { TownHallDocument } from '../document'
import { defineTownHallAction, eachItemWhere, itemOn, itemsBefore, leadOn } from './action'

export const mergeItems = defineTownHallAction<{ ids: string[] }>({
  name: 'townhall.merge',
  label: ({ ids }) => ({ key: 'action.townHall.merge', values: { count: ids.length } }),
  apply: (d, { ids }) => {
    const leads = [...new Set(ids.map((id) => leadOn(d, id)?.id).filter((id): id is string => id !== undefined))]
    if (leads.length < 2) return
    // The lead said first becomes the group's lead.
    const order = new Map(itemsBefore(d).map((item, index) => [item.id, index]))
    leads.sort((a, b) => order.get(a)! - order.get(b)!)
    const [lead, ...others] = leads as [string, ...string[]]
    const leadItem = itemOn(d, lead)!
    const joining = new Set(others)
    eachItemWhere(
      d,
      (item) => joining.has(item.id) || (item.mergedInto !== undefined && joining.has(item.mergedInto)),
      (item) => {
        item.mergedInto = lead
      },
    )
    // The group takes the first theme any of its leads had, when its own lead had none.
    if (leadItem.themeId === undefined) {
      const themed = others.map((id) => itemOn(d, id)!).find((item) => item.themeId !== undefined)
      if (themed) leadItem.themeId = themed.themeId!
    }
    leaveQueue(d, others, lead)
  },
})

/** Takes an item out of its group; taking out the lead dissolves the group. */
export const unmergeItem = defineTownHallAction<{ id: string }>({
  name: 'townhall.unmerge',
  label: () => ({ key: 'action.townHall.unmerge' }),
  apply: (d, { id }) => {
    const item = itemOn(d, id)
    if (!item) return
    if (item.mergedInto !== undefined) {
      delete item.mergedInto
      return
    }
    eachItemWhere(
      d,
      (member) => member.mergedInto === id,
      (member) => {
        delete member.mergedInto
      },
    )
  },
})

function leaveQueue(d: Draft<TownHallDocument>, gone: string[], lead: string): void {
  const wasQueued = d.queue.some((id) => gone.includes(id))
  d.queue = d.queue.filter((id) => !gone.includes(id))
  const leadItem = itemOn(d, lead)!
  if (wasQueued && !d.queue.includes(lead) && !leadItem.answer) d.queue.push(lead)
  if (d.answering !== undefined && gone.includes(d.answering)) d.answering = lead
}
