// Electron IPC: one handler per contract call, answering only the app's own top frame.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CALL_NAMES, ipcChannelFor } from '../../shared/bridge'
import type { Envelope } from '../../shared/errors'
import type { Dispatch } from '../api/dispatch'
import { isAppUrl, type AppLocation } from './app-url'

export function registerIpcHandlers(dispatch: Dispatch, location: AppLocation): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannelFor(name), (event, input: unknown) => {
      if (!isTrustedSender(event, location)) return Promise.resolve(refusal())
      // The dispatcher validates the input against the contract before any service sees it.
      return dispatch(name, input)
    })
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, location: AppLocation): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, location)
}

function refusal(): Envelope<never> {
  return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This window is not allowed to use Roundtable data.' } }
}
