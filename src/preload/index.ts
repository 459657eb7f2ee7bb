// The sandboxed preload: exposes one function per contract call as window.api, nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { CALL_NAMES, ipcChannelFor, type RendererApi } from '../shared/bridge'

const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannelFor(name), input)]),
) as RendererApi

contextBridge.exposeInMainWorld('api', api)
