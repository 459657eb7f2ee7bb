// Moves the room to another module; the module's time offsets count from its first visit.
import { clockElapsedMs } from '../auto-reveal'
import { defineAction, gist } from './action'

export const goToModule = defineAction<{ moduleId: string; title: string }>({
  name: 'go-to-module',
  label: ({ title }) => ({ key: 'action.goToModule', values: { title: gist(title) } }),
  apply: (d, { moduleId }, { now }) => {
    d.currentModuleId = moduleId
    if (d.moduleStarts?.[moduleId] === undefined) d.moduleStarts = { ...d.moduleStarts, [moduleId]: clockElapsedMs(d.clock, now.getTime()) }
  },
})
