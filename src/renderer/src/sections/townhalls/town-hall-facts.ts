// A town hall's facts on one line, as its header shows them.
import type { TownHall } from '../../../../shared/townhall/model'
import { useAreaNames } from '../../api/use-community-areas'
import { useT } from '../../i18n/use-t'

/** "Sat, Dec 5, 2026 · Austin, Humboldt Park · Church basement · English and Spanish". */
export function useTownHallFacts(townHall: TownHall): string {
  const t = useT()
  const areaNames = useAreaNames()
  return t('townHall.facts', {
    date: townHall.date,
    areas: townHall.areaNumbers.map((n) => areaNames.get(n) ?? String(n)).join(', '),
    place: townHall.place || '—',
    languages: townHall.languages.map((language) => t('townHall.language', { language })).join(' · '),
  })
}
