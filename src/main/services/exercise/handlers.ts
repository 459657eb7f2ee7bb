// The exercise analysis calls.
import type { HandlersOf } from '../../../shared/contract'
import type { exerciseCalls } from '../../../shared/contract/exercise'
import type { InventoryService } from '../inventory'
import { suggestForNeed } from './suggest'

export function exerciseHandlers(inventory: InventoryService, clock: () => Date): HandlersOf<typeof exerciseCalls> {
  return {
    'exercise.suggest': (input) => suggestForNeed(inventory, input, clock()),
  }
}
