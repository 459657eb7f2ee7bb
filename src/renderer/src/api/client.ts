// The one way the UI reaches Roundtable's data: window.api under Electron, the loopback bridge
// in a browser. Screens call `call(name, input)` and cannot tell which transport answered.
import { HTTP_API_PREFIX, type RendererApi } from '../../../shared/bridge'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import type { ApiErrorData, Envelope } from '../../../shared/errors'

/** A failed call, with the code and the facilitator-facing message the main side chose. */
export class ApiError extends Error {
  readonly code: ApiErrorData['code']
  readonly details: unknown

  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.details = data.details
  }
}

type Transport = (name: CallName, input: unknown) => Promise<Envelope<unknown>>

function ipcTransport(api: RendererApi): Transport {
  return (name, input) => (api[name] as (input: unknown) => Promise<Envelope<unknown>>)(input)
}

const httpTransport: Transport = async (name, input) => {
  let response: Response
  try {
    response = await fetch(HTTP_API_PREFIX + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    })
  } catch {
    return unreachable('Roundtable is not answering. Check that "npm run serve" is still running, then try again.')
  }
  if (response.status === 401) {
    return unreachable('This window lost its access. Open the address that "npm run serve" printed again.', 'UNAUTHORIZED')
  }
  try {
    return (await response.json()) as Envelope<unknown>
  } catch {
    return unreachable(`Roundtable answered in a way this window does not understand (HTTP ${response.status}).`)
  }
}

function unreachable(message: string, code: ApiErrorData['code'] = 'STORE_UNAVAILABLE'): Envelope<never> {
  return { ok: false, error: { code, message } }
}

const transport: Transport = window.api ? ipcTransport(window.api) : httpTransport

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const envelope = await transport(name, input)
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.value as CallOutput<K>
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something unexpected happened. Your saved work is safe; try again.'
}
