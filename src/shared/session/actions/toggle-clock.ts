// Starts the session clock, or pauses it keeping the time run so far.
import { clockElapsedMs } from '../auto-reveal'
import { defineAction } from './action'

export const toggleClock = defineAction<Record<string, never>>({
  name: 'toggle-clock',
  label: (_, document) => ({ key: document.clock.running ? 'action.pauseClock' : 'action.startClock' }),
  apply: (d, _, { now }) => {
    if (d.clock.running && d.clock.startedAt) {
      d.clock.elapsedMs = clockElapsedMs(d.clock, now.getTime())
      d.clock.running = false
      delete d.clock.startedAt
    } else {
      d.clock.running = true
      d.clock.startedAt = now.toISOString()
    }
  },
})
