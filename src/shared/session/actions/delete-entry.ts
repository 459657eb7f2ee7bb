// Takes back something captured (Undo puts it back where it was).
import { defineAction, gist } from './action'

export const deleteEntry = defineAction<{ entryId: string }>({
  name: 'delete-entry',
  label: ({ entryId }, document) => {
    const entry = document.entries.find((e) => e.id === entryId)
    return { key: 'action.deleteEntry', values: { kind: entry?.kind ?? 'note', text: gist(entry?.text ?? '', 32) } }
  },
  apply: (d, { entryId }) => {
    const index = d.entries.findIndex((e) => e.id === entryId)
    if (index >= 0) d.entries.splice(index, 1)
  },
})
