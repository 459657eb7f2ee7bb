// Corrects what was captured; all typed in one visit of the entry is one undo step.
import { defineAction } from './action'

export const editEntry = defineAction<{ entryId: string; text: string; edit?: string | undefined }>({
  name: 'edit-entry',
  label: ({ entryId }, document) => ({ key: 'action.editEntry', values: { kind: document.entries.find((e) => e.id === entryId)?.kind ?? 'note' } }),
  coalesce: ({ entryId, edit }) => (edit ? `edit:entry:${entryId}:${edit}` : `entry:${entryId}`),
  apply: (d, { entryId, text }) => {
    const entry = d.entries.find((e) => e.id === entryId)
    if (entry && entry.text !== text) entry.text = text
  },
})
