// What both transports agree on: the list of call names, the IPC channel and HTTP path of a
// call, and the shape of window.api. Free of zod so the sandboxed preload stays small.
import type { CallInput, CallName, CallOutput } from './contract'
import type { Envelope } from './errors'

export { CALL_NAMES } from './contract/names'

export const IPC_CHANNEL_PREFIX = 'roundtable:'
export const HTTP_API_PREFIX = '/api/'
/** Where the page sends a file as it is (the body), named by ?name=; the answer is an Envelope of { uploadId }. */
export const HTTP_UPLOAD_PATH = '/api-upload'

export function ipcChannelFor(name: string): string {
  return IPC_CHANNEL_PREFIX + name
}

/** What the preload exposes as window.api: one function per contract call. */
export type RendererApi = {
  [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallOutput<K>>>
}
