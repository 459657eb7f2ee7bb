// Reveals, by themselves, the injects whose time offset has come on the session clock.
import { defineAction, gist } from './action'

export const revealDueInjects = defineAction<{ moduleId: string; injects: readonly { id: string; title: string }[] }>({
  name: 'reveal-due-injects',
  label: ({ injects }) => ({ key: 'action.revealDueInjects', values: { count: injects.length, title: gist(injects[0]?.title ?? '') } }),
  apply: (d, { moduleId, injects }, { now }) => {
    for (const inject of injects) {
      if (!d.revealed.some((r) => r.moduleId === moduleId && r.injectId === inject.id)) d.revealed.push({ moduleId, injectId: inject.id, at: now.toISOString() })
    }
  },
})
