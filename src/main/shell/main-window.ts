// The one main window: sandboxed, isolated, remembers its size, and cannot be navigated away. It
// may open one kind of window, the presenter view, which is guarded the same way.
import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import type { AppLocation } from './app-url'
import { appPagesOnly, guardWebContents, presenterWindowsOnly } from './navigation-guard'
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './window-state'
import { mainWindowOptions, presenterWindowOptions, type AppBuild } from './window-options'

export interface MainWindowOptions {
  location: AppLocation
  build: AppBuild
  userDataDir: string
}

export function createMainWindow({ location, build, userDataDir }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataDir, 'window-state.json')
  const saved = fitToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  )

  const window = new BrowserWindow(mainWindowOptions(build, saved))
  if (saved.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  // Also guarded app-wide (index.ts); here the main window gets its one exception, the presenter view.
  guardWebContents(window.webContents, appPagesOnly(location), presenterWindowsOnly(location, presenterWindowOptions(build)))
  window.webContents.on('did-create-window', (presenter) => guardWebContents(presenter.webContents, appPagesOnly(location)))

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
