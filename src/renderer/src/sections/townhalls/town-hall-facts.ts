// A town hall's facts on one line, as its header shows them.
import type { TownHall } from '../../../../shared/townhall/model'
import { useIntl } from 'react-intl'
import { useAreaNames } from '../../api/use-community-areas'
import { useT } from '../../i18n/use-t'

/** A calendar day ("2026-12-05") in the reader's words ("Dec 5, 2026", "5 dic 2026"), the same day anywhere. */
export function useDayWords(): (day: string) => string {
  const intl = useIntl()
  return (day) => intl.formatDate(Date.parse(`${day}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
}

/** "Dec 5, 2026 · Austin, Humboldt Park · Church basement · English · Spanish". */
export function useTownHallFacts(townHall: TownHall): string {
  const t = useT()
  const areaNames = useAreaNames()
  const day = useDayWords()
  return t('townHall.facts', {
    date: day(townHall.date),
    areas: townHall.areaNumbers.map((n) => areaNames.get(n) ?? String(n)).join(', '),
    place: townHall.place || '—',
    languages: townHall.languages.map((language) => t('townHall.language', { language })).join(' · '),
  })
}
