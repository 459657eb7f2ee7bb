// Taking one kind of personal detail out of a journaled document for good: out of the document
// and out of every saved change and its undo, so neither a reload nor an Undo can bring it back.
// Used by "Purge contacts" (a point of contact typed on an action item, for one).

export interface JournalPatch {
  op: 'add' | 'remove' | 'replace'
  path: (string | number)[]
  value?: unknown
}

export interface Scrubber {
  /** The document without the detail. */
  document<D>(document: D): D
  /** A saved change without it: a change of the detail itself becomes its removal. */
  patch(patch: JournalPatch): JournalPatch
  /** How many values the scrubber took out of the document. */
  countIn(document: unknown): number
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Removes the field `key` wherever it appears, at any depth. */
export function withoutField(key: string): Scrubber {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip)
    if (!isRecord(value)) return value
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === key ? [] : [[k, strip(v)]])))
  }
  const count = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + count(v), 0)
    if (!isRecord(value)) return 0
    return Object.entries(value).reduce((sum, [k, v]) => sum + (k === key && v !== undefined && v !== '' ? 1 : count(v)), 0)
  }
  return {
    document: <D>(document: D) => strip(document) as D,
    patch(patch) {
      const at = patch.path.indexOf(key)
      if (at >= 0) return { op: 'remove', path: patch.path.slice(0, at + 1) }
      return 'value' in patch ? { ...patch, value: strip(patch.value) } : patch
    },
    countIn: count,
  }
}
