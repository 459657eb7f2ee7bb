// The category list: the shipped taxonomy plus the categories the facilitator added.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { AppError, fieldIssue } from '../../../shared/errors'
import { said } from '../../../shared/i18n/said'
import { CATEGORIES, categoryCode, type Category, type CategoryGroupId } from '../../../shared/inventory/taxonomy'
import { textKey } from '../../../shared/text-key'
import { watchOtherWriters } from '../other-writers'

export type CategoryRegistry = ReturnType<typeof createCategoryRegistry>

export function createCategoryRegistry(db: Database.Database, clock: () => Date) {
  const selectCustom = db.prepare<[], { code: string; label: string; label_es: string; group_id: string }>(
    'SELECT code, label, label_es, group_id FROM custom_category ORDER BY label COLLATE NOCASE',
  )
  const insert = db.prepare('INSERT INTO custom_category (id, code, label, label_es, group_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  let cached: Category[] | undefined
  // An import worker or a restore may add categories through another connection.
  const changedElsewhere = watchOtherWriters(db)

  function all(): Category[] {
    if (changedElsewhere()) cached = undefined
    cached ??= [
      ...CATEGORIES,
      ...selectCustom.all().map((row) => ({ id: row.code, label: row.label, group: row.group_id as CategoryGroupId, custom: true, ...(row.label_es ? { labelEs: row.label_es } : {}) })),
    ]
    return cached
  }

  return {
    all,
    has(id: string): boolean {
      return all().some((c) => c.id === id)
    },
    add(label: string, group: CategoryGroupId, labelEs = ''): Category {
      const code = categoryCode(label)
      const key = textKey(label)
      const clash = all().find((c) => c.id === code || textKey(c.label) === key)
      if (clash) {
        throw new AppError('CONFLICT', 'error.category.taken', { label: clash.label }, {
          issues: [fieldIssue('label', said('validation.category.exists', { label: clash.label }))],
        })
      }
      const now = clock().toISOString()
      insert.run(randomUUID(), code, label.trim(), labelEs.trim(), group, now, now)
      cached = undefined
      return { id: code, label: label.trim(), group, custom: true, ...(labelEs.trim() ? { labelEs: labelEs.trim() } : {}) }
    },
  }
}
