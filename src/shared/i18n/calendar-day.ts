// A calendar day ("2026-12-05") in the reader's words ("Dec 5, 2026", "5 de diciembre de 2026"):
// the same day wherever it is read, so it is taken at noon UTC and worded in UTC.

export function calendarDayWords(locale: string, dateStyle: 'medium' | 'long'): (day: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' })
  return (day) => format.format(new Date(`${day}T12:00:00Z`))
}
