// Reveals an inject of a module to the room (once).
import { defineAction, gist } from './action'

export const revealInject = defineAction<{ moduleId: string; injectId: string; title: string }>({
  name: 'reveal-inject',
  label: ({ title }) => ({ key: 'action.revealInject', values: { title: gist(title) } }),
  apply: (d, { moduleId, injectId }, { now }) => {
    if (d.revealed.some((r) => r.moduleId === moduleId && r.injectId === injectId)) return
    d.revealed.push({ moduleId, injectId, at: now.toISOString() })
  },
})
