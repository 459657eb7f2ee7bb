// The repository's resources folder, as the app sees it at run time.
import { fileURLToPath } from 'node:url'

export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url))
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url))
