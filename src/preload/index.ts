// The sandboxed preload: exposes one function per contract call as window.api, and the Edit
// menu's link as window.shell (Undo and Redo labels out, menu commands in) — nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CALL_NAMES, ipcChannelFor, type RendererApi } from '../shared/bridge'
import { MENU_COMMANDS, SHELL_CHANNELS, type MenuCommand, type ShellApi } from '../shared/shell'

const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannelFor(name), input)]),
) as RendererApi

const shell: ShellApi = {
  setHistory: (labels) => ipcRenderer.send(SHELL_CHANNELS.history, { undo: labels.undo, redo: labels.redo }),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand)
    }
    ipcRenderer.on(SHELL_CHANNELS.menuCommand, handler)
    return () => void ipcRenderer.removeListener(SHELL_CHANNELS.menuCommand, handler)
  },
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('shell', shell)
