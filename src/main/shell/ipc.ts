// Electron IPC: one handler per contract call, each behind the sender check in ipc-handler.ts.
import { ipcMain } from 'electron'
import { CALL_NAMES, ipcChannelFor } from '../../shared/bridge'
import type { Dispatch } from '../api/dispatch'
import type { AppLocation } from './app-url'
import { createIpcHandler } from './ipc-handler'

export function registerIpcHandlers(dispatch: Dispatch, location: AppLocation): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannelFor(name), createIpcHandler(dispatch, location, name))
  }
}
