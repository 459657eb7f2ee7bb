// How inventory values read on screen: plain words, not codes.
import type { Capacity } from '../../../../shared/inventory/model'
import { languageName } from '../../../../shared/inventory/languages'
import { formatSchedule, type Schedule } from '../../../../shared/inventory/schedule'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { appNow } from '../../lib/clock'

export function categoryLabel(id: string, categories: readonly Category[]): string {
  return categories.find((c) => c.id === id)?.label ?? id
}

export function scheduleLabel(schedule: Schedule): string {
  if (schedule.kind === 'always') return '24/7'
  if (schedule.kind === 'on-call') return 'On call'
  return formatSchedule(schedule)
}

export function languagesLabel(codes: readonly string[]): string {
  return codes.map(languageName).join(', ')
}

export function areasLabel(areaNumbers: readonly number[], citywide: boolean, names: ReadonlyMap<number, string>): string {
  if (citywide) return 'Citywide'
  return areaNumbers.map((n) => names.get(n) ?? String(n)).join(', ')
}

export function capacityLabel(capacity: Capacity | null, load: number | null): string {
  if (!capacity) return '—'
  const amount = `${capacity.amount} ${capacity.unit} / ${capacity.period}`
  return load === null ? amount : `${load} of ${amount}`
}

/** Today's weekday (0 = Monday) and minute, as the inventory's "open now" filter wants them. */
export function nowAsWeekTime(date = appNow()): { day: number; minute: number } {
  return { day: (date.getDay() + 6) % 7, minute: date.getHours() * 60 + date.getMinutes() }
}
