// Bridges started by a test, closed with their stores afterwards.
import { afterEach } from 'vitest'
import type { RunningBridge } from '../../src/main/serve/http-bridge'
import type { Store } from '../../src/main/store/open-store'

export function useRunningBridges(): (bridge: RunningBridge, store: Store) => void {
  const running: { bridge: RunningBridge; store: Store }[] = []
  afterEach(async () => {
    for (const { bridge, store } of running.splice(0)) {
      await bridge.close()
      store.close()
    }
  })
  return (bridge, store) => {
    running.push({ bridge, store })
  }
}
