// The body of every IPC handler: answer only the app's own top frame, and let the dispatcher
// validate the input against the contract. Free of electron imports so it can be tested in Node.
import { errorData, type Envelope } from '../../shared/errors'
import type { Dispatch } from '../api/dispatch'
import { isAppUrl, type AppLocation } from './app-url'

/** The part of Electron's IpcMainInvokeEvent this needs. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null
}

/** Only the app's own top frame may ask anything of the main process. */
export function isTrustedSender(event: InvokeEventLike, location: AppLocation): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, location)
}

export function createIpcHandler(dispatch: Dispatch, location: AppLocation, name: string) {
  return (event: InvokeEventLike, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, location)) {
      return Promise.resolve({ ok: false, error: errorData('UNAUTHORIZED', 'error.window.notAllowed') })
    }
    return dispatch(name, input)
  }
}
