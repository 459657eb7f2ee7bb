// Town halls: planned, run and finished, listed by date, resumed at any time; each with its
// document in the shared journal, which starts with the starter themes.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import { emptyTownHallDocument, newTownHallDocument, townHallDocumentSchema, townHallItemSchema, type TownHallChange } from '../../../shared/townhall/document'
import { canMoveTownHall, isTownHallEditable, townHallDraftSchema, type TownHall, type TownHallStatus } from '../../../shared/townhall/model'
import type { z } from 'zod'
import { createJournal } from '../journal/journal'
import { checkListOnce } from '../journal/list-check'

interface TownHallRow {
  id: string
  title: string
  area_numbers: string
  held_on: string
  place: string
  topics: string
  languages: string
  expected_attendance: number | null
  status: TownHallStatus
  created_at: string
  updated_at: string
}

const townHallOf = (row: TownHallRow): TownHall => ({
  id: row.id,
  title: row.title,
  areaNumbers: JSON.parse(row.area_numbers) as number[],
  date: row.held_on,
  place: row.place,
  topics: row.topics,
  languages: JSON.parse(row.languages) as TownHall['languages'],
  expectedAttendance: row.expected_attendance,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

type Fields = z.output<typeof townHallDraftSchema>

export type TownHallService = ReturnType<typeof createTownHallService>

export function createTownHallService(db: Database.Database, clock: () => Date = () => new Date()) {
  const statements = {
    insert: db.prepare(`INSERT INTO town_hall (id, title, area_numbers, held_on, place, topics, languages, expected_attendance, status, created_at, updated_at)
      VALUES (@id, @title, @area_numbers, @held_on, @place, @topics, @languages, @expected_attendance, 'planned', @now, @now)`),
    update: db.prepare(`UPDATE town_hall SET title = @title, area_numbers = @area_numbers, held_on = @held_on, place = @place, topics = @topics,
      languages = @languages, expected_attendance = @expected_attendance, updated_at = @now WHERE id = @id`),
    byId: db.prepare<[string], TownHallRow>('SELECT * FROM town_hall WHERE id = ?'),
    all: db.prepare<[], TownHallRow>('SELECT * FROM town_hall ORDER BY held_on DESC, created_at DESC'),
    setStatus: db.prepare<[string, string, string]>('UPDATE town_hall SET status = ?, updated_at = ? WHERE id = ?'),
    status: db.prepare<[string], TownHallStatus>('SELECT status FROM town_hall WHERE id = ?').pluck(),
  }

  const journal = createJournal(
    db,
    {
      kind: 'town-hall',
      status: (id) => statements.status.get(id) as TownHallStatus | undefined,
      isEditable: isTownHallEditable,
      schema: townHallDocumentSchema,
      // Thousands of items, one or two changed at a time: each is checked once.
      check: checkListOnce(townHallDocumentSchema, 'items', townHallItemSchema),
      empty: emptyTownHallDocument,
      errors: {
        notFound: 'error.townHall.notFound',
        finished: 'error.townHall.finished',
        conflict: 'error.townHall.conflict',
        fieldUnknown: 'error.townHall.changeInvalid',
        doesNotFit: 'error.townHall.changeInvalid',
        incomplete: 'error.townHall.changeInvalid',
      },
    },
    clock,
  )

  function get(id: string): TownHall {
    const row = statements.byId.get(id)
    if (!row) throw new AppError('NOT_FOUND', 'error.townHall.notFound')
    return townHallOf(row)
  }

  const columns = (fields: Fields) => ({
    title: fields.title,
    area_numbers: JSON.stringify([...new Set(fields.areaNumbers)].sort((a, b) => a - b)),
    held_on: fields.date,
    place: fields.place,
    topics: fields.topics,
    languages: JSON.stringify([...new Set(fields.languages)]),
    expected_attendance: fields.expectedAttendance,
  })

  return {
    journal,
    get,

    create(fields: Fields): TownHall {
      const id = randomUUID()
      const now = clock()
      db.transaction(() => {
        statements.insert.run({ id, ...columns(fields), now: now.toISOString() })
        journal.start(id, newTownHallDocument(randomUUID, now))
      }).immediate()
      return get(id)
    },

    update(id: string, fields: Fields): TownHall {
      const was = get(id)
      if (!isTownHallEditable(was.status)) throw new AppError('CONFLICT', 'error.townHall.finished')
      statements.update.run({ id, ...columns(fields), now: clock().toISOString() })
      return get(id)
    },

    list(): TownHall[] {
      return statements.all.all().map(townHallOf)
    },

    setStatus(id: string, status: TownHallStatus): TownHall {
      const was = get(id)
      if (!canMoveTownHall(was.status, status)) throw new AppError('CONFLICT', 'error.townHall.statusMove', { from: was.status, to: status })
      statements.setStatus.run(status, clock().toISOString(), id)
      return get(id)
    },

    applyChange: ({ townHallId, ...change }: TownHallChange): { revision: number } => journal.apply(townHallId, change),
  }
}
