// The scenario library's calls.
import type { HandlersOf } from '../../../shared/contract'
import type { scenarioCalls } from '../../../shared/contract/scenarios'
import type { InventoryService } from '../inventory'
import type { ReadPicked } from '../reading/picked-files'
import type { ScenarioLibrary } from '.'
import { situationManual } from './situation-manual'

export function scenarioHandlers(scenarios: ScenarioLibrary, inventory: InventoryService, readPicked: ReadPicked): HandlersOf<typeof scenarioCalls> {
  return {
    'scenarios.list': (filter) => scenarios.list(filter),
    'scenarios.get': ({ id }) => scenarios.get(id),
    'scenarios.save': ({ scenario }) => scenarios.save(scenario),
    // Parsed and checked off the main thread (a large bundle takes seconds); written here at once.
    'scenarios.import': async ({ files }) => scenarios.saveParsed(await readPicked('scenarios', files, (chosen) => chosen)),
    'scenarios.export': ({ ids }) => scenarios.exportFile(ids),
    'scenarios.duplicate': ({ id }) => scenarios.duplicate(id),
    'scenarios.remove': ({ id }) => scenarios.remove(id),
    'scenarios.restore': ({ id }) => scenarios.restore(id),
    // The categories the facilitator added show by their own names.
    'scenarios.situationManual': (request) => situationManual(scenarios, inventory.categories.all(), request),
  }
}
