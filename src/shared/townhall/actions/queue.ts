// The panel's question queue: what is answered next, reordered by keyboard, and the question on
// the projector now.
import { defineTownHallAction, leadOn } from './action'

export const queueItem = defineTownHallAction<{ id: string }>({
  name: 'townhall.queue',
  label: () => ({ key: 'action.townHall.queue' }),
  apply: (d, { id }) => {
    const lead = leadOn(d, id)
    if (lead && !lead.hidden && !d.queue.includes(lead.id)) d.queue.push(lead.id)
  },
})

export const unqueueItem = defineTownHallAction<{ id: string }>({
  name: 'townhall.unqueue',
  label: () => ({ key: 'action.townHall.unqueue' }),
  apply: (d, { id }) => {
    d.queue = d.queue.filter((queued) => queued !== id)
  },
})

/** Moves a question up (-1) or down (+1) the queue. */
export const moveInQueue = defineTownHallAction<{ id: string; by: -1 | 1 }>({
  name: 'townhall.moveInQueue',
  label: ({ by }) => ({ key: by < 0 ? 'action.townHall.queueUp' : 'action.townHall.queueDown' }),
  coalesce: ({ id }) => `queue:${id}`,
  apply: (d, { id, by }) => {
    const from = d.queue.indexOf(id)
    const to = from + by
    if (from < 0 || to < 0 || to >= d.queue.length) return
    d.queue.splice(from, 1)
    d.queue.splice(to, 0, id)
  },
})

/** Puts a question on the projector as the one being answered, or takes it off. */
export const setAnswering = defineTownHallAction<{ id: string | undefined }>({
  name: 'townhall.answering',
  label: ({ id }) => ({ key: id === undefined ? 'action.townHall.stopAnswering' : 'action.townHall.answering' }),
  apply: (d, { id }) => {
    if (id === undefined) {
      delete d.answering
      return
    }
    const lead = leadOn(d, id)
    if (lead && !lead.hidden) d.answering = lead.id
  },
})
