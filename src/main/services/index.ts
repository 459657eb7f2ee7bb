// Wires the store to the contract: one handler per call. Knows nothing of Electron or HTTP.
import type { Handlers } from '../../shared/contract'
import type { Store } from '../store/open-store'
import { createCommunityAreaService } from './community-areas'
import { createInventoryService } from './inventory'
import { csvTemplate } from './inventory/csv-export'
import { ensureStarterInventory, removeStarterInventory } from './inventory/starter'
import { createScenarioLibrary } from './scenarios'
import { createSessionService } from './sessions'
import { createSessionJournal } from './sessions/journal'
import { suggestForNeed } from './exercise/suggest'
import { COMMUNITY_AREA_SEEDS } from '../../shared/community-area-list'
import { ORGANIZATION_KINDS } from '../../shared/inventory/taxonomy'
import { areaNumberOf } from '../../shared/scenario/schema'
import { renderSituationManual } from '../../shared/scenario/situation-manual'
import { fileProblem } from './inventory/csv-file'

/** A scenario file's text: strict UTF-8, or an error naming the file. */
function decodeUtf8(base64: string, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'))
  } catch {
    throw fileProblem(fileName, 'the file is not UTF-8 text; save it as UTF-8 and import it again')
  }
}

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

export function createHandlers({ store, appVersion, runtime, resourcesDir, scenariosDir, clock = () => new Date() }: ServiceContext): Handlers {
  const areas = createCommunityAreaService(store.db, clock)
  const inventory = createInventoryService(store.db, clock)
  ensureStarterInventory(store.db, inventory, resourcesDir)
  const scenarios = createScenarioLibrary(store.db, clock)
  scenarios.loadBundled(scenariosDir)
  const sessions = createSessionService(store.db, scenarios, inventory, clock)
  const journal = createSessionJournal(store.db, clock)

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
    'areas.list': (input) => areas.list(input),
    'areas.setFocus': (input) => areas.setFocus(input),
    'inventory.listServices': (input) => inventory.listServices(input),
    'inventory.getService': ({ id }) => inventory.getService(id),
    'inventory.servicesByIds': ({ ids }) => inventory.servicesByIds(ids),
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
      fileName: `roundtable-inventory-${clock().toISOString().slice(0, 10)}.csv`,
      content: inventory.exportCsv(),
    }),
    'inventory.exportHsds': () => ({
      fileName: `roundtable-inventory-hsds-${clock().toISOString().slice(0, 10)}.zip`,
      contentBase64: Buffer.from(inventory.exportHsdsPackage()).toString('base64'),
    }),
    'inventory.csvTemplate': () => ({ fileName: 'roundtable-inventory-template.csv', content: csvTemplate() }),
    'inventory.removeStarter': () => removeStarterInventory(inventory),
    'scenarios.list': (filter) => scenarios.list(filter),
    'scenarios.get': ({ id }) => scenarios.get(id),
    'scenarios.save': ({ scenario }) => scenarios.save(scenario),
    'scenarios.import': ({ files }) =>
      scenarios.importFiles(files.map((f) => ({ name: f.fileName, text: decodeUtf8(f.contentBase64, f.fileName) }))),
    'scenarios.export': ({ ids }) => scenarios.exportFile(ids),
    'scenarios.duplicate': ({ id }) => scenarios.duplicate(id),
    'scenarios.remove': ({ id }) => scenarios.remove(id),
    'scenarios.restore': ({ id }) => scenarios.restore(id),
    'sessions.create': (draft) => sessions.create(draft),
    'sessions.list': ({ status }) => sessions.list(status),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.setStatus': ({ id, status }) => sessions.setStatus(id, status),
    'sessions.addParticipant': (draft) => sessions.addParticipant(draft),
    'sessions.removeParticipant': ({ id }) => sessions.removeParticipant(id),
    'sessions.state': ({ id }) => journal.current(id),
    'sessions.applyChange': (change) => journal.apply(change),
    'exercise.suggest': (input) => suggestForNeed(inventory, input, clock()),
    'scenarios.situationManual': ({ id, audience, language, variables }) => {
      const { scenario } = scenarios.get(id)
      const categories = inventory.categories.all()
      const names = new Map(COMMUNITY_AREA_SEEDS.map((a) => [a.number, a.name]))
      const html = renderSituationManual(scenario, {
        audience,
        language,
        ...(variables ? { variables } : {}),
        areaName: (reference) => names.get(areaNumberOf(reference) ?? -1) ?? String(reference),
        categoryLabel: (category) => categories.find((c) => c.id === category)?.label ?? category,
        organizationKindLabel: (kind) => ORGANIZATION_KINDS.find((k) => k.id === kind)?.label ?? kind,
      })
      const suffix = audience === 'facilitator' ? (language === 'es' ? 'guia-facilitador' : 'facilitator-guide') : language === 'es' ? 'participantes' : 'participant-handout'
      return { fileName: `${scenarios.exportFile([id]).fileName.replace(/\.yaml$/, '')}-${suffix}.html`, content: html }
    },
  }
}
