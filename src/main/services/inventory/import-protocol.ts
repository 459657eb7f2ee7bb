// What the main thread and the import worker say to each other.
import type { ApiErrorData } from '../../../shared/errors'
import type { ImportCommit, ImportPreview, ImportRemap } from '../../../shared/inventory/model'
import type { ChosenFile } from './hsds-package'
import type { ImportPhase } from './import-progress'
import type { UndoStep } from './imports'

export interface ImportWorkerData {
  dbFile: string
  nativeBinding: string | undefined
}

/** What the main thread asks of a worker holding a preview. */
export type ImportWorkerCall =
  | { method: 'remap'; choices: ImportRemap }
  | { method: 'skippedRows'; previewId: string }
  | { method: 'commit'; previewId: string; options: { skipRejected: boolean; endNoLongerListed: boolean } }
  /** After 'commit' has staged the records: copy them into the store (the main thread waits meanwhile). */
  | { method: 'copy'; previewId: string }

export type ToImportWorker = { now: string } & ({ kind: 'preview'; previewId: string; files: ChosenFile[] } | ({ kind: 'call'; id: number } & ImportWorkerCall))

export type FromImportWorker =
  | { kind: 'progress'; phase: ImportPhase; done: number; total: number }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'failed'; error: ApiErrorData }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: ApiErrorData }

export interface CommitReply {
  result: ImportCommit
  step: UndoStep
}
