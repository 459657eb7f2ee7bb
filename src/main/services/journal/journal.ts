// Saves every change of a document the moment it is made — an exercise session's or a town
// hall's — in one shared journal, durably, before it is acknowledged. The whole document is
// written beside it every CHECKPOINT_EVERY changes (a town hall's runs to hundreds of kilobytes:
// rewriting it on every Enter would cost more than the change); reading it back applies the
// changes saved since. A crash at any moment loses nothing that was acknowledged; an old or
// malformed change is refused whole. Each owner kind says how to find its owner, whether it may
// change, and what a valid document is.
import type Database from 'better-sqlite3'
import { watchOtherWriters } from '../other-writers'
import { applyPatches, enablePatches, type Patch } from 'immer'
import type { z } from 'zod'
import { AppError, issuesFromZod } from '../../../shared/errors'
import type { ErrorKey } from '../../../shared/i18n/catalog'
import { changeLabelSchema, type ChangeLabel } from '../../../shared/journal/change'
import type { DocumentCheck } from './list-check'
import { rebuildHistory, type History, type JournalStep } from '../../../shared/journal/history'
import type { JournalPatch, Scrubber } from '../../../shared/journal/scrub'

enablePatches()

/** How many changes may be saved before the whole document is written again. */
export const CHECKPOINT_EVERY = 50

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

export type JournalOwnerKind = 'session' | 'town-hall'

/** One change as the journal receives it, for the owner it names. */
export interface JournalChange {
  baseRevision: number
  label: ChangeLabel
  patches: readonly { op: 'add' | 'remove' | 'replace'; path: (string | number)[]; value?: unknown }[]
  inversePatches: readonly { op: 'add' | 'remove' | 'replace'; path: (string | number)[]; value?: unknown }[]
  coalesce?: string | undefined
}

export interface JournalOwner<D> {
  kind: JournalOwnerKind
  /** The owner's status, or undefined when it is not there. */
  status: (id: string) => string | undefined
  isEditable: (status: string) => boolean
  schema: z.ZodType<D>
  /** A faster check of a whole document with the schema's verdict (checkListOnce); the schema's own parse when absent. */
  check?: DocumentCheck<D>
  empty: () => D
  errors: Record<'notFound' | 'finished' | 'conflict' | 'fieldUnknown' | 'doesNotFit' | 'incomplete', ErrorKey>
}

export type Journal<D> = ReturnType<typeof createJournal<D>>

export function createJournal<D>(db: Database.Database, owner: JournalOwner<D>, clock: () => Date = () => new Date()) {
  const kind = owner.kind
  const check: DocumentCheck<D> = owner.check ?? ((next) => owner.schema.safeParse(next))
  const statements = {
    state: db.prepare<[string, string], { revision: number; document: string }>('SELECT revision, document FROM journal_state WHERE owner_kind = ? AND owner_id = ?'),
    saveState: db.prepare(`INSERT INTO journal_state (owner_kind, owner_id, revision, document, updated_at) VALUES (@kind, @id, @revision, @document, @at)
      ON CONFLICT (owner_kind, owner_id) DO UPDATE SET revision = excluded.revision, document = excluded.document, updated_at = excluded.updated_at`),
    journal: db.prepare(`INSERT INTO journal_change (owner_kind, owner_id, revision, label, patches, inverse_patches, at, coalesce_key)
      VALUES (@kind, @id, @revision, @label, @patches, @inverse, @at, @coalesce)`),
    history: db.prepare<[string, string], { revision: number; label: string; at: string }>(
      'SELECT revision, label, at FROM journal_change WHERE owner_kind = ? AND owner_id = ? ORDER BY revision',
    ),
    since: db.prepare<[string, string, number], { revision: number; patches: string }>(
      'SELECT revision, patches FROM journal_change WHERE owner_kind = ? AND owner_id = ? AND revision > ? ORDER BY revision',
    ),
    changes: db.prepare<[string, string], { revision: number; patches: string; inverse_patches: string }>(
      'SELECT revision, patches, inverse_patches FROM journal_change WHERE owner_kind = ? AND owner_id = ?',
    ),
    rewriteChange: db.prepare('UPDATE journal_change SET patches = ?, inverse_patches = ? WHERE owner_kind = ? AND owner_id = ? AND revision = ?'),
    steps: db.prepare<[string, string], { label: string; patches: string; inverse_patches: string; coalesce_key: string | null; at: string }>(
      'SELECT label, patches, inverse_patches, coalesce_key, at FROM journal_change WHERE owner_kind = ? AND owner_id = ? ORDER BY revision',
    ),
  }

  // The last saved state of each document this process wrote or read: edits need not re-read it.
  // This process is the file's only writer (see store/data-lock.ts); when another connection has
  // written (a restore from a backup), the cache is forgotten.
  const cache = new Map<string, { revision: number; document: D; written: number }>()
  const changedElsewhere = watchOtherWriters(db)

  function load(id: string): { revision: number; document: D; written: number } {
    if (changedElsewhere()) cache.clear()
    const cached = cache.get(id)
    if (cached) return cached
    if (owner.status(id) === undefined) throw new AppError('NOT_FOUND', owner.errors.notFound)
    const row = statements.state.get(kind, id)
    const written = row?.revision ?? 0
    let document = row ? (JSON.parse(row.document) as D) : owner.empty()
    let revision = written
    // The changes saved since the document was last written whole, each checked when it was saved.
    for (const change of statements.since.all(kind, id, written)) {
      document = applyPatches(document as object, JSON.parse(change.patches) as Patch[]) as D
      revision = change.revision
    }
    const state = { revision, document, written }
    cache.set(id, state)
    return state
  }

  function current(id: string): { revision: number; document: D } {
    const { revision, document } = load(id)
    return { revision, document }
  }

  return {
    current,

    /** Saves a new owner's first document, at revision 0 (in the caller's transaction). */
    start(id: string, document: D): void {
      statements.saveState.run({ kind, id, revision: 0, document: JSON.stringify(document), at: clock().toISOString() })
      cache.delete(id)
    },

    /** Drops what this process remembers of a document whose rows were replaced (a file read over it). */
    forget(id: string): void {
      cache.delete(id)
    },

    apply(id: string, change: JournalChange): { revision: number } {
      for (const patch of [...change.patches, ...change.inversePatches]) {
        if (patch.path.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) {
          throw new AppError('INVALID_INPUT', owner.errors.fieldUnknown)
        }
      }
      const saved = db.transaction(() => {
        const { revision, document, written } = load(id)
        // Read in the transaction: an owner finished in another window is read-only here too.
        if (!owner.isEditable(owner.status(id)!)) throw new AppError('CONFLICT', owner.errors.finished)
        if (change.baseRevision !== revision) throw new AppError('CONFLICT', owner.errors.conflict, undefined, { revision })
        let next: unknown
        try {
          next = applyPatches(document as object, change.patches as Patch[])
        } catch {
          throw new AppError('INVALID_INPUT', owner.errors.doesNotFit)
        }
        const checked = check(next)
        if (!checked.success) {
          throw new AppError('INVALID_INPUT', owner.errors.incomplete, undefined, { issues: issuesFromZod(checked.error) })
        }
        const at = clock().toISOString()
        const nextRevision = revision + 1
        statements.journal.run({
          kind,
          id,
          revision: nextRevision,
          label: JSON.stringify(change.label),
          patches: JSON.stringify(change.patches),
          inverse: JSON.stringify(change.inversePatches),
          at,
          coalesce: change.coalesce ?? null,
        })
        const writeWhole = nextRevision - written >= CHECKPOINT_EVERY
        if (writeWhole) statements.saveState.run({ kind, id, revision: nextRevision, document: JSON.stringify(checked.data), at })
        return { revision: nextRevision, document: checked.data, written: writeWhole ? nextRevision : written }
      }).immediate()
      // Only once the transaction has committed does the cache move on.
      cache.set(id, saved)
      return { revision: saved.revision }
    },

    /**
     * Takes a detail out for good (see shared/journal/scrub.ts): the document is written whole
     * without it at its revision, and every saved change and its undo is rewritten without it, in
     * the caller's transaction. Gives how many values the document held.
     */
    scrub(id: string, scrubber: Scrubber): number {
      const { revision, document } = load(id)
      const found = scrubber.countIn(document)
      const clean = scrubber.document(document)
      const checked = check(clean)
      if (!checked.success) throw new AppError('INVALID_INPUT', owner.errors.incomplete, undefined, { issues: issuesFromZod(checked.error) })
      statements.saveState.run({ kind, id, revision, document: JSON.stringify(checked.data), at: clock().toISOString() })
      for (const row of statements.changes.all(kind, id)) {
        const rewrite = (text: string) => JSON.stringify((JSON.parse(text) as JournalPatch[]).map((patch) => scrubber.patch(patch)))
        statements.rewriteChange.run(rewrite(row.patches), rewrite(row.inverse_patches), kind, id, row.revision)
      }
      cache.set(id, { revision, document: checked.data, written: revision })
      return found
    },

    /**
     * Undo and Redo as they stood: the journal's changes replayed into a history (its last
     * HISTORY_DEPTH steps), so a reload or a restart can take back what was done before it.
     */
    undoHistory(id: string): History {
      const steps: JournalStep[] = []
      for (const row of statements.steps.all(kind, id)) {
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

    /** Every saved change, in order, with what it was called. */
    history(id: string): { revision: number; label: ChangeLabel | string; at: string }[] {
      return statements.history.all(kind, id).map((row) => ({ ...row, label: readLabel(row.label) }))
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
