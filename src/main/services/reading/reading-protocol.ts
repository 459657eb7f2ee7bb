// What the main side and the reading worker say to each other.
import type { ApiErrorData } from '../../../shared/errors'
import type { ReadingInput, ReadingKind } from './reading-tasks'

export interface ReadingRequest<K extends ReadingKind = ReadingKind> {
  kind: K
  input: ReadingInput<K>
}

export type ReadingReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorData }
