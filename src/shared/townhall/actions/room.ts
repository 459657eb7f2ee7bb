// The room itself: how many came, and who sits on the panel to answer.
import { gist } from '../../journal/action'
import { defineTownHallAction } from './action'

export const setAttendance = defineTownHallAction<{ count: number }>({
  name: 'townhall.attendance',
  label: ({ count }) => ({ key: 'action.townHall.attendance', values: { count } }),
  coalesce: () => 'attendance',
  apply: (d, { count }) => {
    const value = Math.max(0, Math.min(100_000, Math.round(count)))
    if (Number.isFinite(value)) d.attendance = value
  },
})

export const addPanelist = defineTownHallAction<{ name: string; organizationId?: string | undefined; organizationName: string }>({
  name: 'townhall.addPanelist',
  label: ({ name }) => ({ key: 'action.townHall.addPanelist', values: { name: gist(name, 40) } }),
  apply: (d, { name, organizationId, organizationName }, { now, newId }) => {
    if (name.trim() === '') return
    d.panel.push({ id: newId(), name: name.trim(), ...(organizationId ? { organizationId } : {}), organizationName: organizationName.trim(), at: now.toISOString() })
  },
})

export const removePanelist = defineTownHallAction<{ id: string }>({
  name: 'townhall.removePanelist',
  label: () => ({ key: 'action.townHall.removePanelist' }),
  apply: (d, { id }) => {
    const index = d.panel.findIndex((p) => p.id === id)
    if (index >= 0) d.panel.splice(index, 1)
  },
})
