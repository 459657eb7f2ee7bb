// The import worker: reads, checks and plans one upload off the main thread, on its own connection
// to the store, and keeps that preview until it is committed or dropped. The main thread stays
// free for the session being run; a file too big for memory ends this worker, not the app. It
// runs as a worker thread (serve) or a utility process (Electron): see import-worker-port.ts.
import Database from 'better-sqlite3'
import { AppError, errorData } from '../../../shared/errors'
import type { ImportCommit } from '../../../shared/inventory/model'
import { createCategoryRegistry } from './categories'
import { categorySuggesterFor } from './category-suggester'
import { createInventoryImports } from './imports'
import { readChosenFiles } from './chosen-files'
import { createInventoryRepository } from './inventory-repository'
import type { ImportWorkerData, ToImportWorker } from './import-protocol'
import { connectToParent, type ParentChannel } from './import-worker-port'

connectToParent(serve)

function serve({ dbFile, nativeBinding }: ImportWorkerData, parent: ParentChannel): void {
  const db = new Database(dbFile, nativeBinding ? { nativeBinding } : {})
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')

  // The app's clock is the main thread's: each message carries the time it was sent.
  let now = new Date().toISOString()
  const clock = () => new Date(now)
  const categories = createCategoryRegistry(db, clock)
  const imports = createInventoryImports(db, createInventoryRepository(db), categories, clock, categorySuggesterFor)

  const send = parent.send
  /** Commits staged and waiting for their copy, by preview. */
  const staged = new Map<string, () => ImportCommit>()

  let lastProgressAt = 0
  parent.onMessage((message: ToImportWorker) => {
    now = message.now
    if (message.kind === 'preview') {
      try {
        const preview = imports.preview(
          readChosenFiles(message.files),
          (phase, done, total) => {
            // A few times a second is enough for a progress bar.
            const at = Date.now()
            if (at - lastProgressAt < 100 && done !== total) return
            lastProgressAt = at
            send({ kind: 'progress', phase, done, total })
          },
          message.previewId,
        )
        send({ kind: 'preview', preview })
      } catch (error) {
        send({ kind: 'failed', error: failureOf(error) })
      }
      return
    }
    try {
      if (message.method === 'remap') send({ kind: 'reply', id: message.id, ok: true, value: imports.remap(message.choices) })
      else if (message.method === 'skippedRows') send({ kind: 'reply', id: message.id, ok: true, value: imports.skippedRows(message.previewId) })
      else if (message.method === 'commit') {
        // Staging holds no lock; the copy waits for the main thread to hold its calls (see write-gate.ts).
        staged.set(message.previewId, imports.prepareCommit(message.previewId, message.options))
        send({ kind: 'reply', id: message.id, ok: true, value: { staged: true } })
      } else {
        const copy = staged.get(message.previewId)
        staged.delete(message.previewId)
        if (!copy) throw new AppError('NOT_FOUND', 'error.import.previewExpired')
        const result = copy()
        send({ kind: 'reply', id: message.id, ok: true, value: { result, step: imports.takeUndoStep(result.importId)! } })
        // Fold the import's pages into the store here, off the main thread, so the main thread's next
        // save does not find a long write-ahead log to fold in itself (passive: writers never wait).
        db.pragma('wal_checkpoint(PASSIVE)')
      }
    } catch (error) {
      send({ kind: 'reply', id: message.id, ok: false, error: failureOf(error) })
    }
  })
}

function failureOf(error: unknown) {
  if (error instanceof AppError) return error.toData()
  console.error('[roundtable] import worker failed:', error)
  return errorData('INTERNAL', 'error.internal')
}
