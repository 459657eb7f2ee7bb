// The one way the UI reaches Roundtable's data: window.api under Electron, the loopback bridge
// in a browser. Screens call `call(name, input)` and cannot tell which transport answered.
import { HTTP_API_PREFIX, type RendererApi } from '../../../shared/bridge'
import type { CallInput, CallName, CallOutput } from '../../../shared/contract'
import { errorData, type ApiErrorData, type Envelope, type ErrorCode, type FieldIssue } from '../../../shared/errors'
import { isMessageKey, type ErrorKey } from '../../../shared/i18n/catalog'
import type { SaidValues } from '../../../shared/i18n/said'
import { translateSaid } from '../i18n/intl'

/** A failed call: its code, and the reason the main side gave, to be worded in the reader's language. */
export class ApiError extends Error {
  readonly code: ApiErrorData['code']
  readonly reason: string
  readonly values: SaidValues | undefined
  readonly details: unknown

  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.reason = data.reason
    this.values = data.values
    this.details = data.details
  }

  /** The reason in the app's current language (the English text if the key is unknown here). */
  get worded(): string {
    return isMessageKey(this.reason) ? translateSaid({ key: this.reason, values: this.values }) : this.message
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
    return unreachable('error.connection.unreachable')
  }
  if (response.status === 401) {
    return unreachable('error.connection.lostAccess', undefined, 'UNAUTHORIZED')
  }
  try {
    return (await response.json()) as Envelope<unknown>
  } catch {
    return unreachable('error.connection.badAnswer', { status: response.status })
  }
}

function unreachable(reason: ErrorKey, values?: SaidValues, code: ErrorCode = 'STORE_UNAVAILABLE'): Envelope<never> {
  return { ok: false, error: errorData(code, reason, values) }
}

const transport: Transport = window.api ? ipcTransport(window.api) : httpTransport

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const envelope = await transport(name, input)
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.value as CallOutput<K>
}

/** What to tell the facilitator about a failure, in the app's language. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.worded : translateSaid({ key: 'error.unexpected' })
}

/** The field issues a failed call names (a form's fields the main side refused), if any. */
export function fieldIssuesOf(error: unknown): FieldIssue[] | undefined {
  if (!(error instanceof ApiError)) return undefined
  const issues = (error.details as { issues?: unknown } | undefined)?.issues
  return Array.isArray(issues) ? issues.filter(isFieldIssue) : undefined
}

function isFieldIssue(issue: unknown): issue is FieldIssue {
  return typeof issue === 'object' && issue !== null && typeof (issue as FieldIssue).path === 'string' && isMessageKey(String((issue as FieldIssue).key))
}
