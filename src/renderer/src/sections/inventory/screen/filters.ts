// What the inventory is filtered and sorted by, as the screen holds it and as the services API wants it.
import type { SortKey } from '../columns'
import { nowAsWeekTime } from '../format'

export type OpenAt = { mode: 'any' } | { mode: 'now' } | { mode: 'at'; day: number; time: string }

export interface Filters {
  query: string
  organizationId: string
  areaNumber: string
  category: string
  language: string
  status: string
  staleMonths: string
  openAt: OpenAt
  sort: SortKey
  direction: 'asc' | 'desc'
}

/** Changes one filter. */
export type SetFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => void

export const INITIAL_FILTERS: Filters = {
  query: '',
  organizationId: '',
  areaNumber: '',
  category: '',
  language: '',
  status: '',
  staleMonths: '',
  openAt: { mode: 'any' },
  sort: 'name',
  direction: 'asc',
}

/** Whether anything narrows the list (the sort order does not). */
export function hasFilters(filters: Filters): boolean {
  return JSON.stringify({ ...filters, sort: 'name', direction: 'asc' }) !== JSON.stringify(INITIAL_FILTERS)
}

export function toApiFilter(filters: Filters) {
  const openAt =
    filters.openAt.mode === 'now'
      ? nowAsWeekTime()
      : filters.openAt.mode === 'at'
        ? { day: filters.openAt.day, minute: minutesOfTime(filters.openAt.time) }
        : undefined
  return {
    query: filters.query.trim(),
    sort: filters.sort,
    direction: filters.direction,
    ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
    ...(filters.areaNumber ? { areaNumber: Number(filters.areaNumber) } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.status ? { status: filters.status as 'active' | 'paused' | 'ended' } : {}),
    ...(filters.staleMonths ? { staleMonths: Number(filters.staleMonths) } : {}),
    ...(openAt ? { availableAt: openAt } : {}),
  }
}

function minutesOfTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return Math.min(1439, hours * 60 + minutes)
}
