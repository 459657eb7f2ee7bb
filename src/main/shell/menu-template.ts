// The application menu as data: standard roles everywhere except Undo and Redo, which name what
// they would do in the running session ("Undo add note") and go to the page, which undoes the
// session or, in a text field, the typing. Free of electron imports so it can be tested in Node.
import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '../../shared/i18n/catalog'
import { formatMessage } from '../../shared/i18n/format'
import type { HistoryLabels, MenuCommand } from '../../shared/shell'

export interface MenuOptions {
  /** The app's language: our own labels in it (the roles' labels are the platform's). */
  language: Language
  isMac: boolean
  /** Electron's app.isPackaged: the shipped app offers no Reload and no DevTools. */
  packaged: boolean
  history: HistoryLabels
  /** Sends the command to the focused window's page. */
  send: (command: MenuCommand) => void
}

export function menuTemplate({ language, isMac, packaged, history, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: 'shell.menu.edit' | 'shell.menu.view' | 'shell.menu.undo' | 'shell.menu.redo') => formatMessage(language, key)
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    {
      label: t('shell.menu.edit'),
      submenu: [
        { id: 'undo', label: history.undo ?? t('shell.menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { id: 'redo', label: history.redo ?? t('shell.menu.redo'), accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('shell.menu.view'),
      submenu: [
        ...(packaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ]
}
