// Community areas: list and search them, and mark which are the facilitator's focus areas.
import type Database from 'better-sqlite3'
import { parseAreaQuery, type CommunityArea } from '../../../shared/community-areas'
import { AppError } from '../../../shared/errors'

interface AreaRow {
  id: string
  number: number
  name: string
  also_called: string
  is_focus: number
  created_at: string
  updated_at: string
}

const COLUMNS = 'id, number, name, also_called, is_focus, created_at, updated_at'

function toArea(row: AreaRow): CommunityArea {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    alsoCalled: JSON.parse(row.also_called) as string[],
    isFocus: row.is_focus === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface AreaListing {
  areas: CommunityArea[]
  totalCount: number
  focusCount: number
}

export type CommunityAreaService = ReturnType<typeof createCommunityAreaService>

export function createCommunityAreaService(db: Database.Database, clock: () => Date = () => new Date()) {
  const byName = db.prepare<[number, string], AreaRow>(
    `SELECT ${COLUMNS} FROM community_area
     WHERE (? = 0 OR is_focus = 1) AND instr(search_key, ?) > 0 ORDER BY number`,
  )
  const byNumber = db.prepare<[number, number], AreaRow>(
    `SELECT ${COLUMNS} FROM community_area WHERE (? = 0 OR is_focus = 1) AND number = ? ORDER BY number`,
  )
  const counts = db.prepare<[], { total: number; focus: number }>(
    `SELECT count(*) AS total, coalesce(sum(is_focus), 0) AS focus FROM community_area`,
  )
  const updateFocus = db.prepare<[number, string, number], AreaRow>(
    `UPDATE community_area SET is_focus = ?, updated_at = ? WHERE number = ? RETURNING ${COLUMNS}`,
  )

  return {
    list(input: { query: string; focusOnly: boolean }): AreaListing {
      const query = parseAreaQuery(input.query)
      const focusOnly = input.focusOnly ? 1 : 0
      const rows =
        query.kind === 'number'
          ? byNumber.all(focusOnly, query.number)
          : byName.all(focusOnly, query.kind === 'name' ? query.key : '')
      const { total, focus } = counts.get()!
      return { areas: rows.map(toArea), totalCount: total, focusCount: focus }
    },

    setFocus(input: { number: number; isFocus: boolean }): CommunityArea {
      const row = updateFocus.get(input.isFocus ? 1 : 0, clock().toISOString(), input.number)
      if (!row) throw new AppError('NOT_FOUND', 'error.area.notFound', { number: input.number })
      return toArea(row)
    },
  }
}
