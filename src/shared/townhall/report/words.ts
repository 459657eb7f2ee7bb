// How a town hall's things read in a reader's language: a theme's name (a starter theme from the
// catalogs until it is renamed), a service's hours, an organization's contact.
import { CATALOGS, type Language } from '../../i18n/catalog'
import { formatMessage } from '../../i18n/format'
import type { Schedule } from '../../inventory/schedule'
import type { Theme } from '../document'
import type { ReportOrganization } from './input'

export function themeNameIn(language: Language, theme: Pick<Theme, 'starter' | 'name'>): string {
  if (theme.name !== undefined && theme.name.trim() !== '') return theme.name
  return theme.starter ? CATALOGS[language][`townHall.theme.${theme.starter}`] : ''
}

// 2024-01-01 was a Monday: the weekday names of the reader's language, Monday first.
const weekdays = (language: Language) => {
  const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' })
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))))
}

/** "Mon–Fri 09:00–17:00; Sat 10:00–14:00", "24/7", "On call" — in the reader's language. */
export function scheduleIn(language: Language, schedule: Schedule): string {
  if (schedule.kind !== 'hours') return formatMessage(language, 'townHallReport.hours', { kind: schedule.kind === 'always' ? 'always' : 'oncall' })
  const names = weekdays(language)
  const byHours = new Map<string, number[]>()
  for (const slot of [...schedule.slots].sort((a, b) => a.day - b.day)) {
    const key = `${slot.opens}–${slot.closes}`
    byHours.set(key, [...(byHours.get(key) ?? []), slot.day])
  }
  return [...byHours.entries()]
    .map(([hours, days]) => {
      const runs: number[][] = []
      for (const day of days) {
        const last = runs[runs.length - 1]
        if (last && last[last.length - 1] === day - 1) last.push(day)
        else runs.push([day])
      }
      return `${runs.map((run) => (run.length === 1 ? names[run[0]!] : `${names[run[0]!]}–${names[run[run.length - 1]!]}`)).join(', ')} ${hours}`
    })
    .join('; ')
}

/** "Ana Ruiz, 773-555-0100, ana@example.org": whatever the inventory has. */
export function contactOf(organization: ReportOrganization | undefined): string {
  if (!organization) return ''
  return [organization.contactPerson, organization.phone, organization.email].map((s) => s.trim()).filter(Boolean).join(', ')
}
