// The options of every window Roundtable opens, as pure functions so one test can hold each of
// them to Electron's security checklist. Free of electron imports so it can be tested in Node.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { join } from 'node:path'
import type { WindowState } from './window-state'

/** Where the built app lives and whether it is the shipped one. */
export interface AppBuild {
  /** electron-vite's output folder, holding main/, preload/ and renderer/. */
  outDir: string
  /** Electron's app.isPackaged: the shipped app has no DevTools. */
  packaged: boolean
}

/** The one preload every page window uses: the app's own, never one from elsewhere. */
export function preloadFileOf(build: AppBuild): string {
  return join(build.outDir, 'preload', 'index.cjs')
}

/** What every window shares: no Node, isolated and sandboxed, no webviews, nothing dropped or middle-clicked opens. */
function lockedWebPreferences(packaged: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Middle-click (auxclick) would otherwise offer links a way around the window-open handler.
    disableBlinkFeatures: 'Auxclick',
    devTools: !packaged,
  }
}

export function mainWindowOptions(build: AppBuild, saved: WindowState): BrowserWindowConstructorOptions {
  return {
    width: saved.width,
    height: saved.height,
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Roundtable',
    backgroundColor: '#f7f5f0',
    webPreferences: { ...lockedWebPreferences(build.packaged), preload: preloadFileOf(build), spellcheck: true },
  }
}

/** The presenter view for the projector: the same page, the same locked-down settings. */
export function presenterWindowOptions(build: AppBuild): BrowserWindowConstructorOptions {
  return {
    title: 'Roundtable — presenter view',
    autoHideMenuBar: true,
    backgroundColor: '#1c2a43',
    webPreferences: { ...lockedWebPreferences(build.packaged), preload: preloadFileOf(build) },
  }
}

/** The hidden window that prints a report to PDF: no preload, no script, never any DevTools. */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: { ...lockedWebPreferences(true), javascript: false, spellcheck: false },
  }
}
