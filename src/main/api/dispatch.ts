// The single door into the services: validates a call against the contract, runs its handler,
// and turns every outcome into an envelope. Both Electron IPC and the HTTP bridge go through it.
import { contract, isCallName, type CallName, type Handlers } from '../../shared/contract'
import { AppError, errorData, issuesFromZod, type ApiErrorData, type Envelope } from '../../shared/errors'

export type Dispatch = (name: string, rawInput: unknown) => Promise<Envelope<unknown>>

export interface DispatchOptions {
  /** Where unexpected errors are reported; their text never reaches the page. */
  logError?: (name: string, error: unknown) => void
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((name, error) => console.error(`[roundtable] ${name} failed:`, error))

  return async (name, rawInput) => {
    if (!isCallName(name)) {
      return failure(errorData('UNKNOWN_CALL', 'error.call.unknown', { name }))
    }
    const parsed = contract[name].input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error)
      const listed = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      return failure(errorData('INVALID_INPUT', 'error.call.invalidInput', { name, issues: listed }, { issues }))
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value: checkOutput(name, value) }
    } catch (error) {
      if (error instanceof AppError) return failure(error.toData())
      logError(name, error)
      return failure(errorData('INTERNAL', 'error.internal'))
    }
  }
}

/** A handler that breaks the contract is a bug: caught here rather than in the page. */
function checkOutput(name: CallName, value: unknown): unknown {
  const result = contract[name].output.safeParse(value)
  if (!result.success) {
    throw new Error(`Handler "${name}" returned data outside the contract: ${result.error.message}`)
  }
  return result.data
}

function failure(error: ApiErrorData): Envelope<never> {
  return { ok: false, error }
}
