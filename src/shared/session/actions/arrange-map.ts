// Places the items where the automatic layout put them; with everything included, items moved
// by hand are freed to be arranged again.
import { placeNodes, type ItemMove } from '../graph'
import { defineAction } from './action'

export const arrangeMap = defineAction<{ moves: readonly ItemMove[]; includeMovedByHand: boolean }>({
  name: 'arrange-map',
  label: ({ includeMovedByHand }) => ({ key: 'action.arrangeMap', values: { all: includeMovedByHand ? 'yes' : 'no' } }),
  apply: (d, { moves, includeMovedByHand }) => placeNodes(d, moves, includeMovedByHand ? false : undefined),
})
