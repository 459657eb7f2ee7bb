// What crosses the bridge for a journaled document (a session's, a town hall's): a patch, what a
// change is called, and a step of Undo or Redo after a reload.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'
import { isMessageKey, type ActionLabelKey } from '../i18n/catalog'

/** An immer patch as it crosses the bridge. */
export const patchSchema = z
  .object({
    op: z.enum(['add', 'remove', 'replace']),
    path: z.array(z.union([z.string().max(80), z.number().int().min(0)])).max(12),
    value: z.unknown().optional(),
  })
  .strict()

/**
 * What a change is called, to be worded in the reader's language: an action's label key and
 * values, and whether it replays an earlier change (Undo or Redo of it).
 */
export const changeLabelSchema = z
  .object({
    key: z.custom<ActionLabelKey>((key) => typeof key === 'string' && key.startsWith('action.') && isMessageKey(key), says('validation.journal.actionLabel')),
    values: z.record(z.string().max(40), z.union([z.string().max(300), z.number()])).optional(),
    replay: z.enum(['undo', 'redo']).optional(),
  })
  .strict()

export type ChangeLabel = z.infer<typeof changeLabelSchema>

/** One step of Undo or Redo as it crosses the bridge after a reload. */
export const historyEntrySchema = z
  .object({
    label: changeLabelSchema,
    patches: z.array(patchSchema).max(5000),
    inversePatches: z.array(patchSchema).max(5000),
    coalesce: z.string().max(300).optional(),
    at: z.number(),
  })
  .strict()

/** What every change carries, whatever its owner: the revision it was made on, its name, its patches. */
export const changeFields = {
  /** The revision the change was made on; a stale one is refused so no change is lost. */
  baseRevision: z.number().int().min(0),
  label: changeLabelSchema,
  patches: z.array(patchSchema).min(1).max(500),
  inversePatches: z.array(patchSchema).max(500),
  /** Changes with the same key in a row make one undo step (typing in a field, nudging an item). */
  coalesce: z.string().max(300).optional(),
}

/** Undo and Redo as they stood when the document was last open (its last steps). */
export const undoHistorySchema = z.object({ undo: z.array(historyEntrySchema), redo: z.array(historyEntrySchema) })
