// A week as 336 half hours, one bit each: the common ground on which a need's time window and
// the opening hours of the resources covering it are compared.
import { DAY_NAMES, halfHourMasks, type Schedule } from '../inventory/schedule'

export const HALF_HOURS_PER_WEEK = 7 * 48
const WORDS = Math.ceil(HALF_HOURS_PER_WEEK / 32)

export type WeekMask = Uint32Array

export function emptyMask(): WeekMask {
  return new Uint32Array(WORDS)
}

/** The half hours at whose start the schedule is open (on call and 24/7 are the whole week). */
export function maskOfSchedule(schedule: Schedule): WeekMask {
  const mask = emptyMask()
  const days = halfHourMasks(schedule)
  days.forEach((dayMask, day) => {
    let rest = dayMask
    for (let slot = 0; slot < 48 && rest > 0; slot++) {
      if (rest % 2 === 1) setBit(mask, day * 48 + slot)
      rest = Math.floor(rest / 2)
    }
  })
  return mask
}

function setBit(mask: WeekMask, bit: number): void {
  mask[bit >>> 5]! |= 1 << (bit & 31)
}

export function hasBit(mask: WeekMask, bit: number): boolean {
  return (mask[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

export function unionInto(target: WeekMask, other: WeekMask): void {
  for (let i = 0; i < WORDS; i++) target[i]! |= other[i]!
}

/** The half hours in both masks. */
export function intersection(a: WeekMask, b: WeekMask): WeekMask {
  const both = emptyMask()
  for (let i = 0; i < WORDS; i++) both[i] = a[i]! & b[i]!
  return both
}

/** The half hours of `wanted` that `offered` does not cover. */
export function uncovered(wanted: WeekMask, offered: WeekMask): WeekMask {
  const rest = emptyMask()
  for (let i = 0; i < WORDS; i++) rest[i] = wanted[i]! & ~offered[i]!
  return rest
}

/** Does `offered` include every half hour of `wanted`? (No allocation: called for many candidates.) */
export function coversAll(wanted: WeekMask, offered: WeekMask): boolean {
  for (let i = 0; i < WORDS; i++) if ((wanted[i]! & ~offered[i]!) !== 0) return false
  return true
}

export function isEmptyMask(mask: WeekMask): boolean {
  return mask.every((word) => word === 0)
}

/**
 * The set half hours as readable ranges, in the inventory's hours format: days in a row with the
 * same hours are one range ("Mon-Fri 17:00-20:00; Sat 02:00-04:00").
 */
export function describeMask(mask: WeekMask): string {
  const days: string[][] = []
  for (let day = 0; day < 7; day++) {
    const ranges: string[] = []
    let start: number | undefined
    for (let slot = 0; slot <= 48; slot++) {
      const on = slot < 48 && hasBit(mask, day * 48 + slot)
      if (on && start === undefined) start = slot
      if (!on && start !== undefined) {
        ranges.push(`${time(start)}-${time(slot)}`)
        start = undefined
      }
    }
    days.push(ranges)
  }
  const parts: string[] = []
  for (let day = 0; day < 7; ) {
    const same = days[day]!.join(',')
    let last = day
    while (last + 1 < 7 && same !== '' && days[last + 1]!.join(',') === same) last++
    const name = last > day ? `${DAY_NAMES[day]}-${DAY_NAMES[last]}` : DAY_NAMES[day]
    for (const range of days[day]!) parts.push(`${name} ${range}`)
    day = last + 1
  }
  return parts.join('; ')
}

function time(slot: number): string {
  const minutes = slot * 30
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
