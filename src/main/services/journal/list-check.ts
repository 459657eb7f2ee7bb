// Checking a document whose long list (a town hall's items) changes a record or two at a time:
// the rest of the document is checked whole, and each record of the list once — immer keeps an
// unchanged record the very same object from revision to revision, so a record already checked
// need not be checked again. The same verdict as checking it all, at a fraction of the cost.
import type { z } from 'zod'

export type DocumentCheck<D> = (next: unknown) => { success: true; data: D } | { success: false; error: z.ZodError }

export function checkListOnce<D>(schema: z.ZodType<D>, listKey: string, itemSchema: z.ZodType): DocumentCheck<D> {
  const checked = new WeakSet<object>()
  return (next) => {
    const list = typeof next === 'object' && next !== null ? (next as Record<string, unknown>)[listKey] : undefined
    if (!Array.isArray(list)) return schema.safeParse(next)
    const rest = schema.safeParse({ ...(next as object), [listKey]: [] })
    if (!rest.success) return rest
    const fresh: object[] = []
    for (const item of list) {
      if (typeof item === 'object' && item !== null && checked.has(item)) continue
      // A record that does not check: the whole document is checked, for the full path.
      if (!itemSchema.safeParse(item).success || typeof item !== 'object' || item === null) return schema.safeParse(next)
      fresh.push(item)
    }
    for (const item of fresh) checked.add(item)
    // The document as given, not zod's copy: its records stay the objects checked.
    return { success: true, data: next as D }
  }
}
