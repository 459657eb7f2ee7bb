// Remembers what the facilitator chose for a source's unknown terms, so the next import from the
// same source (the same dataset name, or the same file name) starts from those choices.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { AreaTarget, ImportMapping } from '../../../shared/inventory/import-terms'

interface MappingRow {
  kind: 'category' | 'area'
  term_key: string
  target: string
}

export type MappingMemory = ReturnType<typeof createMappingMemory>

export function createMappingMemory(db: Database.Database, clock: () => Date) {
  const statements = {
    recall: db.prepare<[string], MappingRow>('SELECT kind, term_key, target FROM import_mapping WHERE source = ?'),
    remember: db.prepare<[string, string, string, string, string, string, string, string]>(`
      INSERT INTO import_mapping (id, source, kind, term_key, term, target, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (source, kind, term_key) DO UPDATE SET term = excluded.term, target = excluded.target, updated_at = excluded.updated_at
        WHERE target IS NOT excluded.target`),
  }

  return {
    /** The choices made for this source before (none for a source never imported). */
    recall(source: string): ImportMapping {
      const mapping: ImportMapping = { categories: new Map(), areas: new Map() }
      for (const row of statements.recall.all(source)) {
        if (row.kind === 'category') mapping.categories.set(row.term_key, row.target)
        else mapping.areas.set(row.term_key, areaTargetOf(row.target))
      }
      return mapping
    },

    /** Keeps the choices of an import (call inside its transaction). */
    remember(source: string, choices: { kind: 'category' | 'area'; key: string; term: string; target: string | AreaTarget }[]): void {
      const now = clock().toISOString()
      for (const { kind, key, term, target } of choices) {
        statements.remember.run(randomUUID(), source, kind, key, term, target === null ? '' : String(target), now, now)
      }
    },
  }
}

function areaTargetOf(text: string): AreaTarget {
  if (text === 'citywide') return 'citywide'
  const number = Number(text)
  return text !== '' && Number.isInteger(number) ? number : null
}
