// How inventory values read on screen: plain words in the app's language, not codes.
import type { Language } from '../../../../shared/i18n/catalog'
import { categoryLabelIn } from '../../../../shared/i18n/taxonomy-words'
import type { Capacity } from '../../../../shared/inventory/model'
import { languageLabel } from '../../../../shared/inventory/languages'
import { formatSchedule, type Schedule } from '../../../../shared/inventory/schedule'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { translate } from '../../i18n/intl'
import { currentLanguage } from '../../i18n/language'
import { appNow } from '../../lib/clock'

/** A category by its label in the app's language: shipped ones from the catalogs, the facilitator's own as they named them. */
export function categoryLabel(id: string, categories: readonly Category[], language: Language = currentLanguage()): string {
  const custom = categories.find((c) => c.id === id)
  return categoryLabelIn(language, id, language === 'es' ? custom?.labelEs || custom?.label : custom?.label)
}

/** Hours as the facilitator writes them ("Mon-Fri 09:00-17:00", "lun-vie 09:00-17:00": the form reads both back), or 24/7, or on call. */
export function scheduleLabel(schedule: Schedule, language: Language = currentLanguage()): string {
  if (schedule.kind === 'hours') return formatSchedule(schedule, language)
  return translate('inventory.scheduleKind', { kind: schedule.kind === 'always' ? 'always' : 'onCall' })
}

/** A language by its name in the app's language ("Spanish", "español"); the editors read either back. */
export function languageWord(code: string, language: Language = currentLanguage()): string {
  return languageLabel(code, language)
}

export function languagesLabel(codes: readonly string[]): string {
  return codes.map((code) => languageWord(code)).join(', ')
}

export function areasLabel(areaNumbers: readonly number[], citywide: boolean, names: ReadonlyMap<number, string>): string {
  if (citywide) return translate('inventory.citywide')
  return areaNumbers.map((n) => names.get(n) ?? String(n)).join(', ')
}

export function capacityLabel(capacity: Capacity | null, load: number | null): string {
  if (!capacity) return '—'
  return translate('inventory.capacity', {
    amount: capacity.amount,
    unit: capacity.unit,
    period: capacity.period,
    inUse: load === null ? 'no' : 'yes',
    load: load ?? 0,
  })
}

/** Today's weekday (0 = Monday) and minute, as the inventory's "open now" filter wants them. */
export function nowAsWeekTime(date = appNow()): { day: number; minute: number } {
  return { day: (date.getDay() + 6) % 7, minute: date.getHours() * 60 + date.getMinutes() }
}
