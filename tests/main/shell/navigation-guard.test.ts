import { EventEmitter } from 'node:events'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { App } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow } from '../../../src/main/shell/main-window'
import { guardAllWebContents } from '../../../src/main/shell/navigation-guard'
import { createPdfPrinter, type PrintWindow } from '../../../src/main/shell/print-pdf'
import { presenterWindowOptions } from '../../../src/main/shell/window-options'
import { FakeBrowserWindow, FakeWebContents, NAVIGATION_EVENTS } from '../../helpers/web-contents'
import { useTempDirs } from '../../helpers/temp-dir'

vi.mock('electron', async () => (await import('../../helpers/web-contents')).electronStandIn)

const outDir = resolve('/opt/roundtable/out')
const build = { outDir, packaged: true }
const rendererIndexFile = join(outDir, 'renderer', 'index.html')
const location = { rendererIndexFile }
const appPage = pathToFileURL(rendererIndexFile).href
const presenterUrl = `${appPage}#/present/5a6f4036-bb43-4f39-a3c2-52820483d2e0`
const townHallPresenterUrl = `${appPage}#/present-town-hall/5a6f4036-bb43-4f39-a3c2-52820483d2e0`

const ELSEWHERE = [
  'https://example.org/',
  'file:///etc/passwd',
  'javascript:alert(document.domain)',
  pathToFileURL(join(dirname(rendererIndexFile), 'graph-bench.html')).href,
  pathToFileURL(join(outDir, 'main', 'index.js')).href,
]

const tempDir = useTempDirs()
beforeEach(() => {
  FakeBrowserWindow.made = []
})

/** Each window's web contents, guarded as the app guards it. */
const WINDOWS = {
  main: (): FakeWebContents => {
    createMainWindow({ location, build, userDataDir: tempDir() })
    return FakeBrowserWindow.made[0]!.webContents
  },
  presenter: (): FakeWebContents => {
    createMainWindow({ location, build, userDataDir: tempDir() })
    const presenter = new FakeBrowserWindow(presenterWindowOptions(build))
    FakeBrowserWindow.made[0]!.webContents.emit('did-create-window', presenter, { url: presenterUrl })
    return presenter.webContents
  },
  'PDF printer': (): FakeWebContents => {
    const contents = Object.assign(new FakeWebContents(), { printToPDF: async () => Buffer.from('%PDF') })
    void createPdfPrinter(() => ({ loadURL: async () => {}, destroy: () => {}, webContents: contents }) as unknown as PrintWindow)('<p>x</p>')
    return contents
  },
  'made by anyone else': (): FakeWebContents => {
    const app = new EventEmitter()
    guardAllWebContents(app as unknown as App, location)
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    return contents
  },
}

describe.each(Object.entries(WINDOWS))('the %s window', (name, contentsOf) => {
  it.each(NAVIGATION_EVENTS)('refuses to go anywhere outside the app on %s', (event) => {
    const contents = contentsOf()
    for (const url of ELSEWHERE) expect(contents.navigate(event, url), url).toBe(true)
    for (const url of ELSEWHERE) expect(contents.navigate(event, url, false), `frame: ${url}`).toBe(true)
  })

  it('lets the app’s own page move between its routes, except in the hidden PDF window', () => {
    const contents = contentsOf()
    for (const event of NAVIGATION_EVENTS) {
      expect(contents.navigate(event, `${appPage}#/sessions`)).toBe(name === 'PDF printer')
      expect(contents.navigate(event, presenterUrl)).toBe(name === 'PDF printer')
    }
  })

  it('lets a frame start from its empty srcdoc document (the report preview), never the window itself', () => {
    const contents = contentsOf()
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(false)
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', true)).toBe(true)
  })

  it('opens no window but, from the main window only, the presenter view', () => {
    const contents = contentsOf()
    for (const url of [...ELSEWHERE, `${appPage}#/sessions`]) expect(contents.open(url)).toEqual({ action: 'deny' })
    for (const url of [presenterUrl, townHallPresenterUrl]) {
      if (name === 'main') expect(contents.open(url)).toEqual({ action: 'allow', overrideBrowserWindowOptions: presenterWindowOptions(build) })
      else expect(contents.open(url)).toEqual({ action: 'deny' })
    }
  })

  it('attaches no webview and picks no Bluetooth device', () => {
    const contents = contentsOf()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()
    const bluetooth = { preventDefault: vi.fn() }
    const pick = vi.fn()
    contents.emit('select-bluetooth-device', bluetooth, [{ deviceId: 'a1', deviceName: 'Speaker' }], pick)
    expect(bluetooth.preventDefault).toHaveBeenCalled()
    expect(pick).toHaveBeenCalledWith('')
  })
})
