// Turns "reveal injects on time" on or off.
import { defineAction } from './action'

export const setRevealOnTime = defineAction<{ on: boolean }>({
  name: 'set-reveal-on-time',
  label: ({ on }) => ({ key: 'action.setRevealOnTime', values: { on: on ? 'yes' : 'no' } }),
  apply: (d, { on }) => {
    d.autoReveal = on
  },
})
