// Saves every change of a running session the moment it is made: the change in a journal and
// the document it leads to, in one transaction. A crash at any moment loses nothing that was
// acknowledged; an old or malformed change is refused whole.
import type Database from 'better-sqlite3'
import { applyPatches, enablePatches, type Patch } from 'immer'
import { AppError, issuesFromZod } from '../../../shared/errors'
import { changeLabelSchema, emptySessionDocument, sessionDocumentSchema, type ChangeLabel, type SessionChange, type SessionDocument } from '../../../shared/session/document'
import { rebuildHistory, type History, type JournalStep } from '../../../shared/session/history'
import type { SessionSummary } from '../../../shared/session/model'
import { isEditable } from '../../../shared/session/status'

enablePatches()

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

export type SessionJournal = ReturnType<typeof createSessionJournal>

export function createSessionJournal(db: Database.Database, clock: () => Date = () => new Date()) {
  const statements = {
    session: db.prepare<[string], { id: string; status: SessionSummary['status'] }>('SELECT id, status FROM exercise_session WHERE id = ?'),
    state: db.prepare<[string], { revision: number; document: string }>('SELECT revision, document FROM session_state WHERE session_id = ?'),
    saveState: db.prepare(`INSERT INTO session_state (session_id, revision, document, updated_at) VALUES (@id, @revision, @document, @at)
      ON CONFLICT (session_id) DO UPDATE SET revision = excluded.revision, document = excluded.document, updated_at = excluded.updated_at`),
    journal: db.prepare(`INSERT INTO session_change (session_id, revision, label, patches, inverse_patches, at, coalesce_key)
      VALUES (@id, @revision, @label, @patches, @inverse, @at, @coalesce)`),
    history: db.prepare<[string], { revision: number; label: string; at: string }>(
      'SELECT revision, label, at FROM session_change WHERE session_id = ? ORDER BY revision',
    ),
    steps: db.prepare<[string], { label: string; patches: string; inverse_patches: string; coalesce_key: string | null; at: string }>(
      'SELECT label, patches, inverse_patches, coalesce_key, at FROM session_change WHERE session_id = ? ORDER BY revision',
    ),
  }

  // The last saved state of each session this process wrote or read: edits need not re-read it.
  // This process is the file's only writer, so the cache cannot go stale.
  const cache = new Map<string, { revision: number; document: SessionDocument }>()

  function current(sessionId: string): { revision: number; document: SessionDocument } {
    const cached = cache.get(sessionId)
    if (cached) return cached
    if (!statements.session.get(sessionId)) throw new AppError('NOT_FOUND', 'error.session.notFound')
    const row = statements.state.get(sessionId)
    const state = row ? { revision: row.revision, document: JSON.parse(row.document) as SessionDocument } : { revision: 0, document: emptySessionDocument() }
    cache.set(sessionId, state)
    return state
  }

  return {
    current,

    /** Drops what this process remembers of a session whose rows were replaced (a session file read over it). */
    forget(sessionId: string): void {
      cache.delete(sessionId)
    },

    apply(change: SessionChange): { revision: number } {
      for (const patch of [...change.patches, ...change.inversePatches]) {
        if (patch.path.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) {
          throw new AppError('INVALID_INPUT', 'error.session.fieldUnknown')
        }
      }
      const saved = db.transaction(() => {
        const { revision, document } = current(change.sessionId)
        // Read in the transaction: a session finished in another window is read-only here too.
        if (!isEditable(statements.session.get(change.sessionId)!.status)) throw new AppError('CONFLICT', 'error.session.finished')
        if (change.baseRevision !== revision) {
          throw new AppError('CONFLICT', 'error.session.conflict', undefined, {
            revision,
          })
        }
        let next: unknown
        try {
          next = applyPatches(document, change.patches as Patch[])
        } catch {
          throw new AppError('INVALID_INPUT', 'error.session.changeDoesNotFit')
        }
        const checked = sessionDocumentSchema.safeParse(next)
        if (!checked.success) {
          throw new AppError('INVALID_INPUT', 'error.session.changeIncomplete', undefined, { issues: issuesFromZod(checked.error) })
        }
        const at = clock().toISOString()
        const nextRevision = revision + 1
        statements.journal.run({
          id: change.sessionId,
          revision: nextRevision,
          label: JSON.stringify(change.label),
          patches: JSON.stringify(change.patches),
          inverse: JSON.stringify(change.inversePatches),
          at,
          coalesce: change.coalesce ?? null,
        })
        statements.saveState.run({ id: change.sessionId, revision: nextRevision, document: JSON.stringify(checked.data), at })
        return { revision: nextRevision, document: checked.data }
      })()
      // Only once the transaction has committed does the cache move on.
      cache.set(change.sessionId, saved)
      return { revision: saved.revision }
    },

    /**
     * Undo and Redo as they stood: the journal's changes replayed into a history (its last
     * HISTORY_DEPTH steps), so a reload or a restart can take back what was done before it.
     */
    undoHistory(sessionId: string): History {
      const steps: JournalStep[] = []
      for (const row of statements.steps.all(sessionId)) {
        const label = readLabel(row.label)
        // Changes saved before labels were keys cannot be named, or told apart from an Undo: history starts after them.
        if (typeof label === 'string') {
          steps.length = 0
          continue
        }
        steps.push({ label: label as JournalStep['label'], patches: JSON.parse(row.patches) as Patch[], inversePatches: JSON.parse(row.inverse_patches) as Patch[], coalesce: row.coalesce_key ?? undefined, at: Date.parse(row.at) })
      }
      return rebuildHistory(steps)
    },

    /** Every saved change of a session, in order, with what it was called. */
    history(sessionId: string): { revision: number; label: ChangeLabel | string; at: string }[] {
      return statements.history.all(sessionId).map((row) => ({ ...row, label: readLabel(row.label) }))
    },
  }
}

/** A saved change's label; journals written before labels were keys hold English text. */
function readLabel(text: string): ChangeLabel | string {
  try {
    const parsed = changeLabelSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : text
  } catch {
    return text
  }
}
