// What the panel said back: an answer and who gave it, or a follow-up with an owner and a date.
// Both belong to the group's lead, so a merged duplicate is answered once.
import { gist } from '../../journal/action'
import { defineTownHallAction, leadOn } from './action'

export const answerItem = defineTownHallAction<{ id: string; text: string; panelistId?: string | undefined; by: string }>({
  name: 'townhall.answer',
  label: ({ id }, document) => ({ key: 'action.townHall.answer', values: { text: gist(document.items.find((i) => i.id === id)?.text ?? '') } }),
  apply: (d, { id, text, panelistId, by }, { now }) => {
    const lead = leadOn(d, id)
    if (!lead || text.trim() === '') return
    lead.answer = { text: text.trim(), ...(panelistId ? { panelistId } : {}), by: by.trim(), at: now.toISOString() }
    d.queue = d.queue.filter((queued) => queued !== lead.id)
    if (d.answering === lead.id) delete d.answering
  },
})

export const clearAnswer = defineTownHallAction<{ id: string }>({
  name: 'townhall.clearAnswer',
  label: () => ({ key: 'action.townHall.clearAnswer' }),
  apply: (d, { id }) => {
    const lead = leadOn(d, id)
    if (lead?.answer) delete lead.answer
  },
})

export const setFollowUp = defineTownHallAction<{ id: string; ownerOrganizationId?: string | undefined; ownerName: string; due?: string | undefined }>({
  name: 'townhall.followUp',
  label: ({ ownerName }) => ({ key: 'action.townHall.followUp', values: { owner: gist(ownerName, 40) } }),
  apply: (d, { id, ownerOrganizationId, ownerName, due }, { now }) => {
    const lead = leadOn(d, id)
    if (!lead || ownerName.trim() === '') return
    lead.followUp = { ...(ownerOrganizationId ? { ownerOrganizationId } : {}), ownerName: ownerName.trim(), ...(due ? { due } : {}), at: now.toISOString() }
  },
})

export const clearFollowUp = defineTownHallAction<{ id: string }>({
  name: 'townhall.clearFollowUp',
  label: () => ({ key: 'action.townHall.clearFollowUp' }),
  apply: (d, { id }) => {
    const lead = leadOn(d, id)
    if (lead?.followUp) delete lead.followUp
  },
})
