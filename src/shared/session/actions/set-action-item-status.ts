// Marks an action item open, in progress or done.
import type { SessionDocument } from '../document'
import { defineAction, gist } from './action'

type Status = SessionDocument['actionItems'][number]['status']

export const setActionItemStatus = defineAction<{ itemId: string; what: string; status: Status }>({
  name: 'set-action-item-status',
  label: ({ what, status }) => ({ key: 'action.setActionItemStatus', values: { what: gist(what), status } }),
  apply: (d, { itemId, status }) => {
    const item = d.actionItems.find((i) => i.id === itemId)
    if (item) item.status = status
  },
})
