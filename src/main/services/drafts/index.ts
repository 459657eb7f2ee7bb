// Drafts kept by the app: one row per thing being typed, replaced as the typing goes on.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { Draft } from '../../../shared/contract/drafts'

export type DraftService = ReturnType<typeof createDraftService>

export function createDraftService(db: Database.Database, clock: () => Date = () => new Date()) {
  const statements = {
    get: db.prepare<[string], { content: string; updated_at: string }>('SELECT content, updated_at FROM draft WHERE draft_key = ?'),
    save: db.prepare(`INSERT INTO draft (id, draft_key, content, created_at, updated_at) VALUES (@id, @key, @content, @now, @now)
      ON CONFLICT (draft_key) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`),
    forget: db.prepare<[string]>('DELETE FROM draft WHERE draft_key = ?'),
  }
  return {
    get(key: string): Draft | null {
      const row = statements.get.get(key)
      return row ? { content: row.content, updatedAt: row.updated_at } : null
    },
    save(key: string, content: string): { updatedAt: string } {
      const now = clock().toISOString()
      if (content === '') statements.forget.run(key)
      else statements.save.run({ id: randomUUID(), key, content, now })
      return { updatedAt: now }
    },
  }
}
