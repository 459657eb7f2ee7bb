// Builds the services on the store and merges each domain's handlers into the one table the
// single door (api/dispatch.ts) serves. Knows nothing of Electron or HTTP.
import { join } from 'node:path'
import type { Handlers } from '../../shared/contract'
import type { Store } from '../store/open-store'
import { appHandlers } from './app/handlers'
import { createCommunityAreaService } from './areas'
import { createDraftService } from './drafts'
import { draftHandlers } from './drafts/handlers'
import { areaHandlers } from './areas/handlers'
import { exerciseHandlers } from './exercise/handlers'
import { createInventoryService } from './inventory'
import type { UploadFiles } from './upload-files'
import { createWriteGate, gatedHandlers } from './write-gate'
import { inventoryHandlers } from './inventory/handlers'
import { ensureStarterInventory } from './inventory/starter'
import { createScenarioLibrary } from './scenarios'
import { scenarioHandlers } from './scenarios/handlers'
import { createSessionService } from './sessions'
import { sessionHandlers } from './sessions/handlers'
import { createSessionJournal } from './sessions/journal'
import { createSessionFiles } from './sessions/session-files'
import { ensureExampleSession } from './sessions/example-session'
import { createReportService } from './reports'
import { reportHandlers, type PdfPrinter } from './reports/handlers'
import { createTownHallService } from './townhalls'
import { townHallHandlers } from './townhalls/handlers'
import { townHallReportHandlers } from './townhalls/report-handlers'
import { createTownHallFiles } from './townhalls/townhall-files'
import { ensureExampleTownHall } from './townhalls/example-townhall'
import type { StartImportWorker } from './inventory/import-worker-channel'
import { createFileReader } from './reading/file-reader'
import { createBackups } from './backups/backups'
import { backupHandlers } from './backups/handlers'
import { sessionPrivacyHandlers } from './sessions/privacy-handlers'
import { scheduleBackups } from './backups/schedule'
import { createPickedFileReader } from './reading/picked-files'

export interface ServiceContext {
  store: Store
  appVersion: string
  runtime: 'electron' | 'browser'
  /** The app's resources folder (starter inventory, icons). */
  resourcesDir: string
  /** The bundled case-example scenarios. */
  scenariosDir: string
  /** What time it is for every service (tests and `serve --now` set it). */
  clock?: () => Date
  /** The desktop app's PDF printer (a hidden window's printToPDF); the browser prints its own. */
  printPdf?: PdfPrinter
  /** Reads the shipped example session on the first run (true unless told; the script that writes it says no). */
  exampleSession?: boolean
  /** The built import worker (out/main/import-worker.js); without it imports are read in this thread. */
  importWorkerFile?: string
  /** What runs that worker: a worker thread unless told (Electron runs it in a utility process). */
  startImportWorker?: StartImportWorker
  /** The built reading worker (out/main/reading-worker.js) for scenario, session and town-hall files. */
  readingWorkerFile?: string
  /** Files the page sent as they are: streamed by the bridge, or named by path under Electron. */
  uploads?: UploadFiles
  /** better-sqlite3's binding for this runtime, for the import worker's own connection. */
  nativeBinding?: string | undefined
  /** How often a backup is taken while the app runs (when something changed); none unless told. */
  backupEveryMs?: number
  /** Reads the shipped example town hall on the first run (as exampleSession unless told). */
  exampleTownHall?: boolean
}

export function createHandlers(context: ServiceContext): Handlers {
  const { store, appVersion, runtime, resourcesDir, scenariosDir, clock = () => new Date(), printPdf, exampleSession = true, exampleTownHall = exampleSession } = context
  const importWorker = context.importWorkerFile ? { file: context.importWorkerFile, data: { dbFile: store.file, nativeBinding: context.nativeBinding }, start: context.startImportWorker } : undefined
  const gate = createWriteGate()
  const readPicked = createPickedFileReader(createFileReader(context.readingWorkerFile), context.uploads)
  const inventory = createInventoryService(store.db, clock, importWorker, gate)
  ensureStarterInventory(store.db, inventory, resourcesDir, clock)
  const scenarios = createScenarioLibrary(store.db, clock)
  scenarios.loadBundled(scenariosDir)
  const sessions = createSessionService(store.db, scenarios, inventory, clock)
  const journal = createSessionJournal(store.db, clock)
  const reports = createReportService(store.db, sessions, journal, inventory, clock)
  const sessionFiles = createSessionFiles(store.db, sessions, journal, inventory, clock)
  if (exampleSession) ensureExampleSession(store.db, sessionFiles, resourcesDir, clock)
  const townHalls = createTownHallService(store.db, clock)
  const townHallFiles = createTownHallFiles(store.db, townHalls, inventory, clock)
  if (exampleTownHall) ensureExampleTownHall(store.db, townHallFiles, resourcesDir, clock)

  const backups = createBackups(store, clock, gate, context.nativeBinding)
  if (context.backupEveryMs) scheduleBackups(store, backups, context.backupEveryMs)

  return gatedHandlers(gate, {
    ...appHandlers({ store, appVersion, runtime, clock }),
    ...areaHandlers(createCommunityAreaService(store.db, clock)),
    ...inventoryHandlers(inventory, clock, context.uploads, () => backups.backUp('beforeImport')),
    ...scenarioHandlers(scenarios, inventory, readPicked),
    ...sessionHandlers(sessions, journal, reports, sessionFiles, store.db, readPicked),
    ...exerciseHandlers(inventory, clock),
    ...draftHandlers(createDraftService(store.db, clock)),
    ...reportHandlers(reports, printPdf),
    ...townHallHandlers(townHalls, inventory, townHallFiles),
    ...townHallReportHandlers(townHallFiles, store.db, readPicked),
    ...sessionPrivacyHandlers(store.db, journal, backups, clock),
    ...backupHandlers(backups, context.uploads, join(store.dataDir, 'uploads'), context.backupEveryMs ?? 0),
  })
}
