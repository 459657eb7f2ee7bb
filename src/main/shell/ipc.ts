// Electron IPC: one handler per contract call, and the offer of a picked file by its path, each
// behind the sender check in ipc-handler.ts.
import { ipcMain } from 'electron'
import { CALL_NAMES, ipcChannelFor } from '../../shared/bridge'
import { SHELL_CHANNELS } from '../../shared/shell'
import type { Dispatch } from '../api/dispatch'
import type { UploadFiles } from '../services/upload-files'
import type { AppLocation } from './app-url'
import { createIpcHandler } from './ipc-handler'
import { createOfferFileHandler } from './offer-file'

export function registerIpcHandlers(dispatch: Dispatch, location: AppLocation, uploads: UploadFiles): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannelFor(name), createIpcHandler(dispatch, location, name))
  }
  ipcMain.handle(SHELL_CHANNELS.offerFile, createOfferFileHandler(uploads, location))
}
