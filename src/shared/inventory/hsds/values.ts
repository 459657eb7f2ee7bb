// How single values are written in HSDS: capacity as text, times of day, weekdays (MO…SU).
import { CAPACITY_PERIODS, type Capacity } from '../model'

/** HSDS weekday codes, Monday first: BYDAY_CODES[day] is the code of Roundtable's day. */
export const BYDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** "MO" → 0 … "SU" → 6; anything else → undefined. */
export function dayOfByday(code: string): number | undefined {
  const day = (BYDAY_CODES as readonly string[]).indexOf(code)
  return day < 0 ? undefined : day
}

/** "10:00:00" or "10:00" → "10:00"; anything else → undefined. */
export function hsdsTime(text: string | undefined): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((text ?? '').trim())
  if (!match) return undefined
  const hours = Number(match[1])
  if (hours > 24) return undefined
  return `${String(hours).padStart(2, '0')}:${match[2]}`
}

/** "40 contacts/week" → a capacity. */
export function parseCapacityText(text: string): Capacity | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s+(.+?)\s*\/\s*(day|week|month)\s*$/.exec(text)
  if (!match || !(CAPACITY_PERIODS as readonly string[]).includes(match[3]!)) return undefined
  return { amount: Number(match[1]), unit: match[2]!, period: match[3] as Capacity['period'] }
}

export function formatCapacityText(capacity: Capacity): string {
  return `${capacity.amount} ${capacity.unit}/${capacity.period}`
}
