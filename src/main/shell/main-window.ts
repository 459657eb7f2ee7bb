// The one main window: sandboxed, isolated, remembers its size, and cannot be navigated away.
import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { isAppUrl, isPresenterUrl, type AppLocation } from './app-url'
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state'

export interface MainWindowOptions {
  location: AppLocation
  preloadFile: string
  userDataDir: string
}

export function createMainWindow({ location, preloadFile, userDataDir }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataDir, 'window-state.json')
  const saved = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  )

  const window = new BrowserWindow({
    width: saved.width,
    height: saved.height,
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Roundtable',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  if (saved.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  // Navigation and new windows: only the app's own page, never anything else.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, location)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, location)) event.preventDefault()
  })
  // One exception: the presenter view for the projector, same page, same locked-down settings.
  window.webContents.setWindowOpenHandler(({ url }) =>
    isPresenterUrl(url, location)
      ? {
          action: 'allow',
          overrideBrowserWindowOptions: {
            title: 'Roundtable — presenter view',
            autoHideMenuBar: true,
            backgroundColor: '#1c2a43',
            webPreferences: { preload: preloadFile, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false },
          },
        }
      : { action: 'deny' },
  )

  let saveTimer: NodeJS.Timeout | undefined
  const rememberState = (): void => {
    if (window.isDestroyed()) return
    const bounds = window.getNormalBounds()
    const state: WindowState = { ...bounds, maximized: window.isMaximized() }
    saveWindowState(stateFile, state)
  }
  const rememberSoon = (): void => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(rememberState, 500)
  }
  window.on('resize', rememberSoon)
  window.on('move', rememberSoon)
  window.on('close', () => {
    clearTimeout(saveTimer)
    rememberState()
  })

  if (location.devServerUrl !== undefined) void window.loadURL(location.devServerUrl)
  else void window.loadFile(location.rendererIndexFile)
  return window
}
