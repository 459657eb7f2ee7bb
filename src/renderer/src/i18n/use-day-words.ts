// A calendar day as the reader says it, in the window's language.
import { useMemo } from 'react'
import { useIntl } from 'react-intl'
import { calendarDayWords } from '../../../shared/i18n/calendar-day'

/** A calendar day ("2026-12-05") in the reader's words ("Dec 5, 2026", "5 dic 2026"), the same day anywhere. */
export function useDayWords(): (day: string) => string {
  const { locale } = useIntl()
  return useMemo(() => calendarDayWords(locale, 'medium'), [locale])
}
