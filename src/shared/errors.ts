// Errors as data: the only shape of failure that crosses a process or network boundary.
import { z } from 'zod'

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_TOO_NEW',
  'STORE_UNAVAILABLE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const

export const errorCodeSchema = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof errorCodeSchema>

export const apiErrorDataSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
})
export type ApiErrorData = z.infer<typeof apiErrorDataSchema>

/** An error a service raises on purpose: its message is written for the facilitator. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toData(): ApiErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

/** One problem with one field of an input, as the UI shows it next to that field. */
export interface FieldIssue {
  path: string
  message: string
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
  }))
}

/** Every answer of the API, over IPC or HTTP alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Roundtable. Your saved work is safe; try again, and if it keeps happening, restart the app.'
