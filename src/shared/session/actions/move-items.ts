// Moves items on the map by hand (they stay put when the map is arranged); a run of nudges of
// the same items is one undo step.
import { placeNodes, type ItemMove } from '../graph'
import { defineAction, gist } from './action'

export const moveItems = defineAction<{ moves: readonly ItemMove[]; firstName: string }>({
  name: 'move-items',
  label: ({ moves, firstName }) => ({ key: 'action.moveItems', values: { count: moves.length, name: gist(firstName) } }),
  coalesce: ({ moves }) => `move:${moves.map((m) => m.id).join(',')}`,
  apply: (d, { moves }) => placeNodes(d, moves, true),
})
