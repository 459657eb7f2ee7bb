// A calendar day as the reader says it.
import { useIntl } from 'react-intl'

/** A calendar day ("2026-12-05") in the reader's words ("Dec 5, 2026", "5 dic 2026"), the same day anywhere. */
export function useDayWords(): (day: string) => string {
  const intl = useIntl()
  return (day) => intl.formatDate(Date.parse(`${day}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
}
