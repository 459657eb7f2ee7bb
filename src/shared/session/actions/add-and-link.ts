// A suggested resource put on the map (if it is not there yet) and linked to the need it would
// cover, in one undoable step.
import { nodeIdOf } from '../graph'
import { defineAction, gist } from './action'

export const addAndLink = defineAction<{ serviceId: string; name: string; needId: string; x: number; y: number }>({
  name: 'add-and-link',
  label: ({ name }) => ({ key: 'action.addAndLink', values: { name: gist(name) } }),
  apply: (d, { serviceId, needId, x, y }, { newId }) => {
    const source = nodeIdOf('resource', serviceId)
    const target = nodeIdOf('need', needId)
    if (!d.graph.nodes.some((n) => n.id === source)) d.graph.nodes.push({ id: source, kind: 'resource', refId: serviceId, x, y })
    if (!d.graph.edges.some((e) => e.source === source && e.target === target)) d.graph.edges.push({ id: newId(), kind: 'covers', source, target })
  },
})
