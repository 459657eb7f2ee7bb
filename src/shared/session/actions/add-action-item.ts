// Adds an action item for the improvement plan: what, who owns it, by when, how urgent, and the
// plan's own columns (capability element, point of contact, start date) when they are known.
import type { SessionDocument } from '../document'
import { defineAction, gist } from './action'

type ActionItem = SessionDocument['actionItems'][number]

type PlanFields = Partial<Pick<ActionItem, 'capabilityElement' | 'pointOfContact' | 'start'>>

export const addActionItem = defineAction<{ what: string; ownerName: string; ownerOrganizationId?: string | undefined; due?: string | undefined; priority: ActionItem['priority'] } & PlanFields>({
  name: 'add-action-item',
  label: ({ what }) => ({ key: 'action.addActionItem', values: { what: gist(what) } }),
  apply: (d, { what, ownerName, ownerOrganizationId, due, priority, capabilityElement, pointOfContact, start }, { now, newId }) => {
    if (what.trim() === '' || ownerName.trim() === '') return
    d.actionItems.push({
      id: newId(),
      what: what.trim(),
      ownerName: ownerName.trim(),
      ...(ownerOrganizationId ? { ownerOrganizationId } : {}),
      ...(due ? { due } : {}),
      priority,
      status: 'open',
      ...(capabilityElement ? { capabilityElement } : {}),
      ...(pointOfContact?.trim() ? { pointOfContact: pointOfContact.trim() } : {}),
      ...(start ? { start } : {}),
      at: now.toISOString(),
    })
  },
})
