// Fills in or changes an action item's improvement-plan columns after it was added: its capability
// element, point of contact, start and completion dates. Typing in one field is one undo step.
import type { SessionDocument } from '../document'
import { defineAction, gist } from './action'

type Item = SessionDocument['actionItems'][number]
export type PlanField = 'capabilityElement' | 'pointOfContact' | 'start' | 'due'

export const setActionItemPlan = defineAction<{ itemId: string; what: string; field: PlanField; value: string }>({
  name: 'set-action-item-plan',
  label: ({ what }) => ({ key: 'action.setActionItemPlan', values: { what: gist(what) } }),
  coalesce: ({ itemId, field }) => `action-plan:${itemId}:${field}`,
  apply: (d, { itemId, field, value }) => {
    const item = d.actionItems.find((i) => i.id === itemId)
    if (!item) return
    const text = value.trim()
    if (text === '') delete item[field]
    else (item as Record<PlanField, string | undefined>)[field] = field === 'capabilityElement' ? (text as NonNullable<Item['capabilityElement']>) : field === 'pointOfContact' ? value : text
  },
})
