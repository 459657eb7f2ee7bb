// Puts an inventory resource the room named on the map (once), where it was dropped or next in line.
import { nodeIdOf } from '../graph'
import { defineAction, gist } from './action'

export const addResource = defineAction<{ serviceId: string; name: string; x: number; y: number; pinned?: boolean | undefined }>({
  name: 'add-resource',
  label: ({ name }) => ({ key: 'action.addResource', values: { name: gist(name) } }),
  apply: (d, { serviceId, x, y, pinned }) => {
    const id = nodeIdOf('resource', serviceId)
    if (d.graph.nodes.some((n) => n.id === id)) return
    d.graph.nodes.push({ id, kind: 'resource', refId: serviceId, x, y, ...(pinned ? { pinned } : {}) })
  },
})
