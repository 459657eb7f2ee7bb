import { describe, expect, it } from 'vitest'
import { createPdfPrinter, type PrintWindow } from '../../../src/main/shell/print-pdf'
import { pdfWindowOptions } from '../../../src/main/shell/window-options'
import { FakeWebContents } from '../../helpers/web-contents'

/** A stand-in window that records what the printer did with it. */
function fakeWindow(fail = false) {
  const seen: { url?: string; destroyed: boolean } = { destroyed: false }
  const webContents = Object.assign(new FakeWebContents(), {
    printToPDF: async () => {
      if (fail) throw new Error('printer out of paper')
      return Buffer.from('%PDF-1.4 fake')
    },
  })
  const window = {
    loadURL: async (url: string) => {
      seen.url = url
    },
    destroy: () => {
      seen.destroyed = true
    },
    webContents,
  }
  return { window: window as unknown as PrintWindow, webContents, seen }
}

describe('the desktop app’s PDF printer', () => {
  it('prints the HTML in a hidden window that runs no script, goes nowhere and is closed after', async () => {
    const { window, webContents, seen } = fakeWindow()
    let options: unknown
    const print = createPdfPrinter((given) => {
      options = given
      return window
    })
    const pdf = await print('<p>Brechas — é</p>')
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake')
    expect(options).toEqual(pdfWindowOptions())
    expect(options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false } })
    expect(Buffer.from(seen.url!.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>Brechas — é</p>')
    expect(webContents.navigate('will-navigate', 'https://example.org/')).toBe(true)
    expect(webContents.open('https://example.org/')).toEqual({ action: 'deny' })
    expect(seen.destroyed).toBe(true)
  })

  it('closes the window when printing fails, and says why', async () => {
    const { window, seen } = fakeWindow(true)
    await expect(createPdfPrinter(() => window)('<p>x</p>')).rejects.toThrow('printer out of paper')
    expect(seen.destroyed).toBe(true)
  })
})
