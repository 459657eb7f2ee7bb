// Wires the store to the contract: one handler per call. Knows nothing of Electron or HTTP.
import type { Handlers } from '../../shared/contract'
import type { Store } from '../store/open-store'
import { createCommunityAreaService } from './community-areas'

export interface ServiceContext {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
}

export function createHandlers({ store, appVersion, runtime }: ServiceContext): Handlers {
  const areas = createCommunityAreaService(store.db)
  return {
    'app.info': () => ({
      version: appVersion,
      runtime,
      dataDir: store.dataDir,
      databaseFile: store.file,
      schemaVersion: store.schemaVersion,
      notices: [...store.notices],
    }),
    'areas.list': (input) => areas.list(input),
    'areas.setFocus': (input) => areas.setFocus(input),
  }
}
