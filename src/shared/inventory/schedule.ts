// When a service can be reached: set hours per weekday, around the clock, or on call.
// Written and read as plain text ("Mon-Fri 09:00-17:00; Sat 10:00-14:00", "24/7", "on call").
// Stored and exported in English (it is data); read in English or Spanish ("lun-vie 09:00-17:00",
// "todos los días 08:00-20:00") and shown in the reader's language.
import { z } from 'zod'
import type { Language } from '../i18n/catalog'
import { said, type Said } from '../i18n/said'
import { says } from '../i18n/zod-issues'
import { dayOfWord } from '../day-words'

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const DAY_NAMES_ES = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'] as const
const EVERY_DAY = ['daily', 'every day', 'todos los dias', 'diario', 'a diario', 'cada dia']
const WEEKDAYS = ['weekdays', 'entre semana', 'dias de semana', 'dias habiles']
const WEEKENDS = ['weekends', 'fines de semana', 'fin de semana']
const ALWAYS = ['24/7', '24x7', 'always', 'siempre', 'todo el tiempo']
const ON_CALL = ['on call', 'on-call', 'oncall', 'de guardia', 'a pedido', 'por llamada']

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, says('validation.time'))

export const scheduleSlotSchema = z.object({
  /** 0 = Monday … 6 = Sunday. */
  day: z.number().int().min(0).max(6),
  opens: timeSchema,
  /** Earlier than `opens` means the slot runs past midnight into the next day. */
  closes: timeSchema,
})
export type ScheduleSlot = z.infer<typeof scheduleSlotSchema>

export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('on-call') }),
  z.object({ kind: z.literal('hours'), slots: z.array(scheduleSlotSchema) }),
])
export type Schedule = z.infer<typeof scheduleSchema>

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return hours * 60 + minutes
}

/** A slot as minute ranges within single days; an overnight slot becomes two pieces. */
export function slotRanges(slot: ScheduleSlot): { day: number; from: number; to: number }[] {
  const from = minutesOf(slot.opens)
  const to = minutesOf(slot.closes)
  if (to > from) return [{ day: slot.day, from, to }]
  return [
    { day: slot.day, from, to: 24 * 60 },
    ...(to > 0 ? [{ day: (slot.day + 1) % 7, from: 0, to }] : []),
  ]
}

/** Is the service reachable on this weekday (0 = Monday) at this minute after midnight? */
export function isAvailableAt(schedule: Schedule, day: number, minute: number): boolean {
  if (schedule.kind !== 'hours') return true
  return schedule.slots.some((slot) => slotRanges(slot).some((r) => r.day === day && r.from <= minute && minute < r.to))
}

/** A reading, or why it failed as a message to word in the reader's language. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: Said }

/** Lowercase, without accents, single spaces: "Sáb  y Dom" → "sab y dom". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Reads "Mon-Fri 09:00-17:00; Sat,Sun 10:00-14:00", "daily 18:00-02:00", "24/7" or "on call", in English or Spanish. */
export function parseSchedule(text: string): ParseResult<Schedule> {
  const trimmed = fold(text)
  if (trimmed === '') return { ok: false, reason: said('schedule.empty') }
  if (ALWAYS.includes(trimmed)) return { ok: true, value: { kind: 'always' } }
  if (ON_CALL.includes(trimmed)) return { ok: true, value: { kind: 'on-call' } }

  const slots: ScheduleSlot[] = []
  for (const part of trimmed.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(.+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(part)
    if (!match) return { ok: false, reason: said('schedule.notDaysAndHours', { part }) }
    const days = parseDays(match[1]!)
    if (!days.ok) return days
    const opens = padTime(match[2]!)
    const closes = padTime(match[3]!)
    for (const time of [opens, closes]) {
      if (!timeSchema.safeParse(time).success) return { ok: false, reason: said('schedule.notATime', { time }) }
    }
    if (opens === closes) return { ok: false, reason: said('schedule.sameTimes', { part }) }
    for (const day of days.value) slots.push({ day, opens, closes })
  }
  return { ok: true, value: { kind: 'hours', slots } }
}

function padTime(time: string): string {
  return time.length === 4 ? `0${time}` : time
}

function parseDays(text: string): ParseResult<number[]> {
  // Spanish joins days with "y" and ranges with "a" ("lun a vie", "sáb y dom").
  const trimmed = text.trim().replace(/ a /g, '-').replace(/ y /g, ',')
  if (EVERY_DAY.includes(trimmed)) return { ok: true, value: [0, 1, 2, 3, 4, 5, 6] }
  if (WEEKDAYS.includes(trimmed)) return { ok: true, value: [0, 1, 2, 3, 4] }
  if (WEEKENDS.includes(trimmed)) return { ok: true, value: [5, 6] }
  const days: number[] = []
  for (const piece of trimmed.split(',').map((p) => p.trim())) {
    const range = piece.split('-').map((p) => p.trim())
    // Own keys only: "constructor" inherited from Object would be a "day" the loop below never reaches.
    const indexes = range.map((name) => dayOfWord(name))
    if (indexes.some((i) => i === undefined) || range.length > 2) {
      return { ok: false, reason: said('schedule.notDays', { piece }) }
    }
    const [start, end = start] = indexes as [number, number?]
    for (let day = start; ; day = (day + 1) % 7) {
      if (!days.includes(day)) days.push(day)
      if (day === end) break
    }
  }
  return { ok: true, value: days }
}

/**
 * Hours written with the English day names (as the gap engine describes the hours a need is left
 * uncovered, "Mon-Fri 22:00-24:00; Sun 03:00-04:00") in the reader's language ("lun-vie …").
 */
export function hoursIn(text: string, language: Language): string {
  if (language === 'en') return text
  return text.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, (name) => DAY_NAMES_ES[DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number])]!)
}

/**
 * Writes a schedule back as text, grouping consecutive days with the same hours: in English for
 * files and the store, in Spanish for a Spanish reader (parseSchedule reads both back).
 */
export function formatSchedule(schedule: Schedule, language: Language = 'en'): string {
  if (schedule.kind === 'always') return '24/7'
  if (schedule.kind === 'on-call') return language === 'es' ? 'de guardia' : 'on call'
  const byHours = new Map<string, number[]>()
  for (const slot of [...schedule.slots].sort((a, b) => a.day - b.day)) {
    const key = `${slot.opens}-${slot.closes}`
    byHours.set(key, [...(byHours.get(key) ?? []), slot.day])
  }
  return [...byHours.entries()].map(([hours, days]) => `${formatDays(days, language === 'es' ? DAY_NAMES_ES : DAY_NAMES)} ${hours}`).join('; ')
}

function formatDays(days: number[], names: readonly string[]): string {
  const runs: number[][] = []
  for (const day of days) {
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === day - 1) last.push(day)
    else runs.push([day])
  }
  return runs
    .map((run) => (run.length === 1 ? names[run[0]!] : `${names[run[0]!]}-${names[run[run.length - 1]!]}`))
    .join(',')
}

export const HALF_HOURS_PER_DAY = 48

/**
 * For each weekday (0 = Monday), a 48-bit number whose bit n is set when the service is open
 * at n × 30 minutes after midnight. Lets the store answer "open at this time?" to the half hour
 * without a row per opening. Built with arithmetic: JavaScript's bit operators stop at 32 bits.
 */
export function halfHourMasks(schedule: Schedule): number[] {
  const open = Array.from({ length: 7 }, () => new Array<boolean>(HALF_HOURS_PER_DAY).fill(schedule.kind !== 'hours'))
  if (schedule.kind === 'hours') {
    for (const range of schedule.slots.flatMap(slotRanges)) {
      for (let slot = Math.ceil(range.from / 30); slot * 30 < range.to; slot++) open[range.day]![slot] = true
    }
  }
  return open.map((slots) => slots.reduce((mask, isOpen, slot) => (isOpen ? mask + 2 ** slot : mask), 0))
}
