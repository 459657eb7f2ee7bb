// The sandboxed preload: exposes one function per contract call as window.api, and as
// window.shell the Edit menu's link (Undo and Redo labels out, menu commands in) and the offer of
// a picked file by its path — nothing else. The path comes from the File object here, so the page
// cannot name a file the facilitator did not choose.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
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
  offerFile: (file) => {
    const path = webUtils.getPathForFile(file)
    return path ? ipcRenderer.invoke(SHELL_CHANNELS.offerFile, { name: file.name, path }) : null
  },
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('shell', shell)
