import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow } from '../../../src/main/shell/main-window'
import { createPdfPrinter, type PrintWindow } from '../../../src/main/shell/print-pdf'
import { mainWindowOptions, pdfWindowOptions, presenterWindowOptions, type AppBuild } from '../../../src/main/shell/window-options'
import { DEFAULT_WINDOW_STATE } from '../../../src/main/shell/window-state'
import { FakeBrowserWindow, FakeWebContents } from '../../helpers/web-contents'
import { useTempDirs } from '../../helpers/temp-dir'

vi.mock('electron', async () => (await import('../../helpers/web-contents')).electronStandIn)

const outDir = resolve('/opt/roundtable/out')
const saved = { width: 1200, height: 800, maximized: false }
const WINDOWS: Record<string, (build: AppBuild) => BrowserWindowConstructorOptions> = {
  main: (build) => mainWindowOptions(build, saved),
  presenter: presenterWindowOptions,
  'PDF printer': () => pdfWindowOptions(),
}

describe.each(Object.entries(WINDOWS))('the %s window’s options', (_name, optionsFor) => {
  it.each([true, false])('hold to Electron’s security checklist (packaged: %s)', (packaged) => {
    const prefs = optionsFor({ outDir, packaged }).webPreferences!
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.webSecurity).not.toBe(false)
    expect(prefs.allowRunningInsecureContent).not.toBe(true)
    expect(prefs.experimentalFeatures).not.toBe(true)
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.navigateOnDragDrop).not.toBe(true)
    expect(prefs.disableBlinkFeatures).toContain('Auxclick')
    if (packaged) expect(prefs.devTools).toBe(false)
  })

  it('takes a preload, if any, only from the app’s own out/preload', () => {
    const preload = optionsFor({ outDir, packaged: true }).webPreferences!.preload
    if (preload === undefined) return
    const inside = relative(join(outDir, 'preload'), resolve(preload))
    expect(inside).toBe('index.cjs')
    expect(inside.startsWith('..') || inside.includes(sep)).toBe(false)
  })
})

describe('the windows’ options', () => {
  it('give the page windows the app’s preload and the hidden PDF window none and no script', () => {
    const build = { outDir, packaged: true }
    expect(mainWindowOptions(build, saved).webPreferences!.preload).toBe(join(outDir, 'preload', 'index.cjs'))
    expect(presenterWindowOptions(build).webPreferences!.preload).toBe(join(outDir, 'preload', 'index.cjs'))
    expect(pdfWindowOptions().webPreferences).not.toHaveProperty('preload')
    expect(pdfWindowOptions()).toMatchObject({ show: false, webPreferences: { javascript: false } })
  })

  it('keep the DevTools while developing', () => {
    expect(mainWindowOptions({ outDir, packaged: false }, saved).webPreferences!.devTools).toBe(true)
    expect(presenterWindowOptions({ outDir, packaged: false }).webPreferences!.devTools).toBe(true)
  })

  it('place the main window where it was left', () => {
    expect(mainWindowOptions({ outDir, packaged: true }, { ...saved, x: 40, y: 60 })).toMatchObject({ x: 40, y: 60, width: 1200, height: 800, show: false })
    expect(mainWindowOptions({ outDir, packaged: true }, saved)).not.toHaveProperty('x')
  })
})

describe('the window factories', () => {
  const tempDir = useTempDirs()
  beforeEach(() => {
    FakeBrowserWindow.made = []
  })

  it('make the main window and the presenter view from these options and no others', () => {
    const build = { outDir, packaged: true }
    const rendererIndexFile = join(outDir, 'renderer', 'index.html')
    createMainWindow({ location: { rendererIndexFile }, build, userDataDir: tempDir() })
    const [main] = FakeBrowserWindow.made
    expect(main!.options).toEqual(mainWindowOptions(build, DEFAULT_WINDOW_STATE))
    expect(main!.loaded).toBe(rendererIndexFile)
    const presenterUrl = `${pathToFileURL(rendererIndexFile).href}#/present/5a6f4036-bb43-4f39-a3c2-52820483d2e0`
    expect(main!.webContents.open(presenterUrl)).toEqual({ action: 'allow', overrideBrowserWindowOptions: presenterWindowOptions(build) })
  })

  it('make the PDF printer’s window from its options', async () => {
    let given: BrowserWindowConstructorOptions | undefined
    const window = { loadURL: async () => {}, destroy: () => {}, webContents: Object.assign(new FakeWebContents(), { printToPDF: async () => Buffer.from('%PDF') }) }
    await createPdfPrinter((options) => {
      given = options
      return window as unknown as PrintWindow
    })('<p>x</p>')
    expect(given).toEqual(pdfWindowOptions())
  })
})
