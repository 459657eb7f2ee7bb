// Adds an action item for the improvement plan: what, who owns it, by when, how urgent.
import type { SessionDocument } from '../document'
import { defineAction, gist } from './action'

type ActionItem = SessionDocument['actionItems'][number]

export const addActionItem = defineAction<{ what: string; ownerName: string; ownerOrganizationId?: string | undefined; due?: string | undefined; priority: ActionItem['priority'] }>({
  name: 'add-action-item',
  label: ({ what }) => ({ key: 'action.addActionItem', values: { what: gist(what) } }),
  apply: (d, { what, ownerName, ownerOrganizationId, due, priority }, { now, newId }) => {
    if (what.trim() === '' || ownerName.trim() === '') return
    d.actionItems.push({
      id: newId(),
      what: what.trim(),
      ownerName: ownerName.trim(),
      ...(ownerOrganizationId ? { ownerOrganizationId } : {}),
      ...(due ? { due } : {}),
      priority,
      status: 'open',
      at: now.toISOString(),
    })
  },
})
