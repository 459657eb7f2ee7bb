// The application menu, rebuilt whenever the page says what Undo and Redo would do (only the
// app's own top frame may say so; anything else it sends is ignored) and when the app's language
// changes (the caller calls the returned function).
import { BrowserWindow, ipcMain, Menu } from 'electron'
import type { Language } from '../../shared/i18n/catalog'
import { historyLabelsSchema, SHELL_CHANNELS, type HistoryLabels, type MenuCommand } from '../../shared/shell'
import { isAppUrl, type AppLocation } from './app-url'
import { menuTemplate } from './menu-template'

/** `language` is asked at each rebuild; the returned function rebuilds now (a new language). */
export function installAppMenu(location: AppLocation, packaged: boolean, language: () => Language): () => void {
  let history: HistoryLabels = { undo: null, redo: null }
  const send = (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(SHELL_CHANNELS.menuCommand, command)
  const build = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ language: language(), isMac: process.platform === 'darwin', packaged, history, send })))
  }
  build()
  ipcMain.on(SHELL_CHANNELS.history, (event, payload: unknown) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, location)) return
    const parsed = historyLabelsSchema.safeParse(payload)
    if (!parsed.success) return
    if (parsed.data.undo === history.undo && parsed.data.redo === history.redo) return
    history = parsed.data
    build()
  })
  return build
}
