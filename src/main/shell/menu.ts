// The application menu, rebuilt whenever the page says what Undo and Redo would do. Only the
// app's own top frame may say so; anything else it sends is ignored.
import { BrowserWindow, ipcMain, Menu } from 'electron'
import { historyLabelsSchema, SHELL_CHANNELS, type HistoryLabels, type MenuCommand } from '../../shared/shell'
import { isAppUrl, type AppLocation } from './app-url'
import { menuTemplate } from './menu-template'

let history: HistoryLabels = { undo: null, redo: null }

function build(): void {
  const send = (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(SHELL_CHANNELS.menuCommand, command)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', history, send })))
}

export function installAppMenu(location: AppLocation): void {
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
}
