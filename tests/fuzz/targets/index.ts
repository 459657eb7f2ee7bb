// Every reader the fuzzer reaches, in a fixed order (a target's seed follows from its place here).
import { target } from '../target'
import { inventoryTarget } from './inventory'
import { sessionFilesTarget, townHallFilesTarget } from './records'
import { scenariosTarget } from './scenarios'

export const FUZZ_TARGETS = [target(inventoryTarget), target(scenariosTarget), target(sessionFilesTarget), target(townHallFilesTarget)]
