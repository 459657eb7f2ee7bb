// Wires the store to the contract: one handler per call. Knows nothing of Electron or HTTP.
import type { Handlers } from '../../shared/contract'
import type { Store } from '../store/open-store'
import { createCommunityAreaService } from './community-areas'
import { createInventoryService } from './inventory'
import { csvTemplate } from './inventory/csv-export'
import { ensureStarterInventory, removeStarterInventory } from './inventory/starter'
import { createScenarioLibrary } from './scenarios'

export interface ServiceContext {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
  /** The app's resources folder (starter inventory, icons). */
  resourcesDir: string
  /** The bundled case-example scenarios. */
  scenariosDir: string
  clock?: () => Date
}

export function createHandlers({ store, appVersion, runtime, resourcesDir, scenariosDir, clock }: ServiceContext): Handlers {
  const areas = createCommunityAreaService(store.db)
  const inventory = createInventoryService(store.db, clock)
  ensureStarterInventory(store.db, inventory, resourcesDir)
  const scenarios = createScenarioLibrary(store.db, clock)
  scenarios.loadBundled(scenariosDir)

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
    'inventory.listServices': (input) => inventory.listServices(input),
    'inventory.getService': ({ id }) => inventory.getService(id),
    'inventory.saveService': (draft) => inventory.saveService(draft),
    'inventory.deleteService': ({ id }) => inventory.deleteService(id),
    'inventory.restoreService': ({ service }) => inventory.restoreService(service),
    'inventory.saveOrganization': (draft) => inventory.saveOrganization(draft),
    'inventory.deleteOrganization': ({ id }) => inventory.deleteOrganization(id),
    'inventory.restoreOrganization': ({ organization, services }) => inventory.restoreOrganization(organization, services),
    'inventory.listCategories': () => inventory.categories.all(),
    'inventory.addCategory': ({ label, group }) => inventory.categories.add(label, group),
    'inventory.listOrganizations': () => inventory.listOrganizations(),
    'inventory.previewImport': ({ files }) =>
      inventory.previewImport(files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') }))),
    'inventory.commitCsvImport': ({ previewId }) => inventory.commitCsvImport(previewId),
    'inventory.exportCsv': () => ({
      fileName: `roundtable-inventory-${(clock?.() ?? new Date()).toISOString().slice(0, 10)}.csv`,
      content: inventory.exportCsv(),
    }),
    'inventory.exportHsds': () => ({
      fileName: `roundtable-inventory-hsds-${(clock?.() ?? new Date()).toISOString().slice(0, 10)}.zip`,
      contentBase64: Buffer.from(inventory.exportHsdsPackage()).toString('base64'),
    }),
    'inventory.csvTemplate': () => ({ fileName: 'roundtable-inventory-template.csv', content: csvTemplate() }),
    'inventory.removeStarter': () => removeStarterInventory(inventory),
    'scenarios.list': (filter) => scenarios.list(filter),
    'scenarios.get': ({ id }) => scenarios.get(id),
  }
}
