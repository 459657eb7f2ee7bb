// The desktop app's PDF printer: the report's HTML loaded in a hidden window that runs no script
// and goes nowhere else, printed with Chromium's printToPDF (the engine the E2E checks through
// Playwright's page.pdf), then closed.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { guardWebContents, nowhere, type GuardedContents } from './navigation-guard'
import { pdfWindowOptions } from './window-options'

/** The part of a BrowserWindow the printer uses, so tests can hand it a stand-in. */
export type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy'> & { webContents: GuardedContents & Pick<BrowserWindow['webContents'], 'printToPDF'> }

export function createPdfPrinter(openWindow: (options: BrowserWindowConstructorOptions) => PrintWindow): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const window = openWindow(pdfWindowOptions())
    try {
      guardWebContents(window.webContents, nowhere)
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
      return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }))
    } finally {
      window.destroy()
    }
  }
}
