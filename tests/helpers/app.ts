// The real services on a fresh data folder, called through the contract as the UI calls them.
import { createDispatch } from '../../src/main/api/dispatch'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { createHandlers } from '../../src/main/services'
import { openStore } from '../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from './resources'

/** The moment every test's app believes it is (the starter inventory was verified in 2026). */
export const TEST_NOW = new Date('2026-10-03T18:00:00Z')

export function startApp(dataDir: string, options: { clock?: () => Date; exampleSession?: boolean } = {}) {
  const store = openStore({ dataDir })
  const clock = options.clock ?? (() => TEST_NOW)
  const dispatch = createDispatch(createHandlers({ store, appVersion: 'test', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR, clock, exampleSession: options.exampleSession ?? true }))
  /**
   * Calls the contract as the renderer does, typed by it (input and output per call), and returns
   * the value, or throws the error data (code, message, details).
   */
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const result = await dispatch(name, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as CallOutput<K>
  }
  return { store, dispatch, call }
}
