// The Electron main process: a thin shell that opens the store, wires IPC and shows the window.
import { app, BrowserWindow, dialog, session, utilityProcess } from 'electron'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppError } from '../shared/errors'
import { formatMessage } from '../shared/i18n/format'
import { systemLanguage } from '../shared/i18n/choose-language'
import { said, word } from '../shared/i18n/said'
import { appLanguage } from './services/app/language-setting'
import { createDispatch } from './api/dispatch'
import { afterCalls } from './api/after-call'
import { createHandlers } from './services'
import { createUploadFiles } from './services/upload-files'
import type { AppLocation } from './shell/app-url'
import { registerIpcHandlers } from './shell/ipc'
import { createMainWindow } from './shell/main-window'
import { installAppMenu } from './shell/menu'
import { guardAllWebContents } from './shell/navigation-guard'
import { createPdfPrinter } from './shell/print-pdf'
import { lockDownSession } from './shell/session-policy'
import { utilityImportWorker } from './shell/utility-import-worker'
import type { AppBuild } from './shell/window-options'
import { dataDirOverride } from './store/data-dir'
import { openStore, type Store } from './store/open-store'

const here = dirname(fileURLToPath(import.meta.url))
const build: AppBuild = { outDir: join(here, '..'), packaged: app.isPackaged }
const location: AppLocation = {
  rendererIndexFile: join(here, '../renderer/index.html'),
  ...(!app.isPackaged && process.env['ELECTRON_RENDERER_URL']
    ? { devServerUrl: process.env['ELECTRON_RENDERER_URL'] }
    : {}),
}

app.setName('Roundtable')
const override = dataDirOverride(process.argv, process.env)
if (override) app.setPath('userData', override)

let mainWindow: BrowserWindow | undefined
let store: Store | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  // Every web contents, whoever made it; the main window's factory then allows it the presenter view.
  guardAllWebContents(app, location)

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => store?.close())

  void app.whenReady().then(start)
}

function start(): void {
  const nativeBinding = electronNativeBinding()
  lockDownSession(session.defaultSession, location)

  try {
    store = openStore({ dataDir: app.getPath('userData'), nativeBinding })
  } catch (error) {
    // No store, so no saved choice: the system's language words it.
    const language = systemLanguage(app.getPreferredSystemLanguages())
    const message = error instanceof AppError ? word(language, said(error.reason, error.values)) : formatMessage(language, 'shell.dataUnreadable', { detail: String(error) })
    dialog.showErrorBox(formatMessage(language, 'shell.cannotOpenData'), message)
    app.exit(1)
    return
  }

  // Files picked for an import are named by path (see shell/offer-file.ts), never sent as bytes.
  const uploads = createUploadFiles(join(app.getPath('userData'), 'uploads'))
  const dispatch = createDispatch(createHandlers({
      store,
      appVersion: app.getVersion(),
      runtime: 'electron',
      resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
      scenariosDir: app.isPackaged ? join(process.resourcesPath, 'scenarios') : join(app.getAppPath(), 'scenarios'),
      printPdf: createPdfPrinter((options) => new BrowserWindow(options)),
      importWorkerFile: join(here, 'import-worker.js'),
      startImportWorker: utilityImportWorker(utilityProcess.fork),
      readingWorkerFile: join(here, 'reading-worker.js'),
      // A backup every 20 minutes while something changes (see services/backups/schedule.ts).
      backupEveryMs: 20 * 60_000,
      uploads,
      nativeBinding,
    }))
  const opened = store
  const rewordMenu = installAppMenu(location, build.packaged, () => appLanguage(opened.db, app.getPreferredSystemLanguages()))
  registerIpcHandlers(afterCalls(dispatch, ['app.setLanguage'], rewordMenu), location, uploads)
  mainWindow = createMainWindow({ location, build, userDataDir: app.getPath('userData') })
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
}

/**
 * better-sqlite3 compiled for Electron's ABI lives beside the one compiled for Node (used by
 * `npm run serve` and the tests), so both work from one node_modules. See `npm run rebuild:electron`.
 */
function electronNativeBinding(): string | undefined {
  const file = join(app.getAppPath(), 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}
