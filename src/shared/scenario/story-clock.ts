// The story clock: when things happen in the scenario's story ("Friday 23:30", "Saturday 2 pm",
// "Tuesday"), apart from the exercise's own clock (minutes into a module). Story times are a
// weekday and maybe a time of day; the story runs forward, so each one is the first such moment
// at or after the one before it in the scenario (story start, module 1, its injects, module 2…).
import { dayOfWord } from '../day-words'
import { said, type Said } from '../i18n/said'

/** Monday = 0 … Sunday = 6, as the inventory's schedules count days. */
export interface StoryTime {
  day: number
  /** Minutes after midnight; absent when only the day is said ("Tuesday"). */
  minute?: number | undefined
}

export type StoryTimeResult = { ok: true; value: StoryTime } | { ok: false; reason: Said }

/** Reads "Friday 23:30", "Sat 2 pm", "sábado 14:00", "Tuesday". */
export function parseStoryTime(text: string): StoryTimeResult {
  const words = foldWords(text)
  const dayWord = words[0]
  const day = (dayWord === undefined ? undefined : dayOfWord(dayWord)) ?? -1
  if (day < 0) return { ok: false, reason: said('storyTime.noDay') }
  const rest = words.slice(1).join(' ').replace(/^(at|a las|a la)\s+/, '')
  if (rest === '') return { ok: true, value: { day } }
  const minute = parseClockTime(rest)
  if (minute === undefined) return { ok: false, reason: said('storyTime.notATime', { text: rest }) }
  return { ok: true, value: { day, minute } }
}

/** Lowercase words without accents: "Sábado, 2 p.m." → ["sabado", "2", "pm"]. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)\s*([ap])\.?\s?m\.?/g, '$1 $2m')
    .replace(/[,;]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** "23:30", "2 pm", "2:30pm", "14h" as minutes after midnight. */
function parseClockTime(text: string): number | undefined {
  const match = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm)?h?$/.exec(text)
  if (!match) return undefined
  let hours = Number(match[1])
  const minutes = match[2] === undefined ? 0 : Number(match[2])
  const half = match[3]
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return undefined
    hours = (hours % 12) + (half === 'pm' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return undefined
  return hours * 60 + minutes
}

export const MINUTES_PER_DAY = 24 * 60
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

/** The minute of the week a story time names (a day alone is its midnight). */
export function minuteOfWeek(time: StoryTime): number {
  return time.day * MINUTES_PER_DAY + (time.minute ?? 0)
}

/** The first moment at or after `after` (minutes on the story's running clock) that `time` names. */
export function nextOccurrence(time: StoryTime, after: number): number {
  const weekStart = Math.floor(after / MINUTES_PER_WEEK) * MINUTES_PER_WEEK
  const candidate = weekStart + minuteOfWeek(time)
  if (candidate >= after) return candidate
  // A day alone already begun still names that day ("Saturday" said on Saturday afternoon).
  if (time.minute === undefined && after - candidate < MINUTES_PER_DAY) return after
  return candidate + MINUTES_PER_WEEK
}

/** The story time as a reader sees it, in their language: "Saturday 14:00", "sábado 14:00". */
/** The week's day names in a locale, Monday first, worded once (a formatter is costly to build). */
const weekdayNames = new Map<string, string[]>()
function weekdaysIn(locale: string): string[] {
  let names = weekdayNames.get(locale)
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
    // 2026-01-05 is a Monday: day 0 of a week, read in UTC so no zone moves it.
    names = Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2026, 0, 5 + day))))
    weekdayNames.set(locale, names)
  }
  return names
}

export function formatStoryTime(time: StoryTime, locale: string): string {
  const day = weekdaysIn(locale)[time.day]!
  if (time.minute === undefined) return day
  const clock = `${String(Math.floor(time.minute / 60)).padStart(2, '0')}:${String(time.minute % 60).padStart(2, '0')}`
  return `${day} ${clock}`
}

/** A story time written in a scenario, read for display; the author's words if it cannot be read. */
export function storyTimeLabel(text: string | undefined, locale: string): string | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const parsed = parseStoryTime(text)
  return parsed.ok ? formatStoryTime(parsed.value, locale) : text
}
