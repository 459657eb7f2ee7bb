// A town hall: one evening, one or more community areas, a panel that answers, and the room.
// The record holds what is planned; what the room says lives in its journaled document.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'
import { areaNumberSchema } from '../community-areas'

export const TOWN_HALL_STATUSES = ['planned', 'running', 'finished'] as const
export type TownHallStatus = (typeof TOWN_HALL_STATUSES)[number]
/** The languages a room may speak, and an item may be said in. */
export const ROOM_LANGUAGES = ['en', 'es', 'other'] as const
export type RoomLanguage = (typeof ROOM_LANGUAGES)[number]

const plain = (max: number) => z.string().trim().max(max)

const fields = {
  title: plain(200).min(1, says('validation.townHall.title')),
  areaNumbers: z.array(areaNumberSchema).min(1, says('validation.townHall.areas')).max(77),
  date: z.iso.date(says('validation.townHall.date')),
  place: plain(300),
  /** What the evening is about, as the flyer says it. */
  topics: plain(1000),
  languages: z.array(z.enum(ROOM_LANGUAGES)).min(1).max(3),
  expectedAttendance: z.number().int().min(0).max(100_000).nullable(),
}

export const townHallDraftSchema = z
  .object({
    ...fields,
    place: fields.place.default(''),
    topics: fields.topics.default(''),
    languages: fields.languages.default(['en']),
    expectedAttendance: fields.expectedAttendance.default(null),
  })
  .strict()
export type TownHallDraft = z.input<typeof townHallDraftSchema>

export const townHallSchema = z.object({
  id: z.uuid(),
  ...fields,
  status: z.enum(TOWN_HALL_STATUSES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type TownHall = z.infer<typeof townHallSchema>

/** planned → running → finished; a finished town hall reopens (running) to be changed again. */
export function canMoveTownHall(from: TownHallStatus, to: TownHallStatus): boolean {
  if (from === to) return true
  return (from === 'planned' && to === 'running') || (from === 'running' && to === 'finished') || (from === 'finished' && to === 'running')
}

/** Whether the room's record may change (capture, triage, panel). */
export function isTownHallEditable(status: string): boolean {
  return status !== 'finished'
}
