// The app's own call: what the sidebar and the launch notices show, and the services' clock.
import type { HandlersOf } from '../../../shared/contract'
import type { appCalls } from '../../../shared/contract/app'
import type { Store } from '../../store/open-store'

export interface AppFacts {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
  clock: () => Date
}

export function appHandlers({ store, appVersion, runtime, clock }: AppFacts): HandlersOf<typeof appCalls> {
  return {
    'app.info': () => ({
      version: appVersion,
      runtime,
      dataDir: store.dataDir,
      databaseFile: store.file,
      schemaVersion: store.schemaVersion,
      notices: [...store.notices],
      now: clock().toISOString(),
    }),
  }
}
