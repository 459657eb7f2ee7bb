// Errors as data: the only shape of failure that crosses a process or network boundary. An
// error names its reason as a message key with values; the renderer words it in the reader's
// language, and `message` carries the English wording for logs and command-line tools.
import { z } from 'zod'
import type { ErrorKey } from './i18n/catalog'
import { messageKeySchema, said, saidValuesSchema, word, type Said, type SaidValues } from './i18n/said'
import { saidOfIssue } from './i18n/zod-issues'

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
  /** The message key that words this error for the facilitator. */
  reason: z.string(),
  /** Its values; one may itself be a message (a file's refusal inside "{file}: {reason}"). */
  values: saidValuesSchema.optional(),
  /** The English wording, for logs and tools. */
  message: z.string(),
  details: z.unknown().optional(),
})
export type ApiErrorData = z.infer<typeof apiErrorDataSchema> & { reason: ErrorKey }

/** An error data record for a reason, with its English wording. */
export function errorData(code: ErrorCode, reason: ErrorKey, values?: SaidValues, details?: unknown): ApiErrorData {
  return {
    code,
    reason,
    ...(values ? { values } : {}),
    message: word('en', said(reason, values)),
    ...(details === undefined ? {} : { details }),
  }
}

/** An error a service raises on purpose: its reason is worded for the facilitator. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly reason: ErrorKey
  readonly values: SaidValues | undefined
  readonly details: unknown

  constructor(code: ErrorCode, reason: ErrorKey, values?: SaidValues, details?: unknown) {
    super(word('en', said(reason, values)))
    this.name = 'AppError'
    this.code = code
    this.reason = reason
    this.values = values
    this.details = details
  }

  toData(): ApiErrorData {
    return errorData(this.code, this.reason, this.values, this.details)
  }
}

/**
 * One problem with one field of an input, as the UI shows it next to that field: a message the
 * reader's side words in its language, and its English `message` for logs and tools.
 */
export interface FieldIssue extends Said {
  path: string
  message: string
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => fieldIssue(issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)', saidOfIssue(issue)))
}

export const fieldIssueSchema = z.object({ path: z.string(), key: messageKeySchema, values: saidValuesSchema.optional(), message: z.string() })

export function fieldIssue(path: string, message: Said): FieldIssue {
  return { path, ...message, message: word('en', message) }
}

/** Every answer of the API, over IPC or HTTP alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }
