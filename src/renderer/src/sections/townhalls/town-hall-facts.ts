// A town hall's facts on one line, as its header shows them.
import type { TownHall } from '../../../../shared/townhall/model'
import { useAreaNames } from '../../api/use-community-areas'
import { useDayWords } from '../../i18n/use-day-words'
import { useT } from '../../i18n/use-t'


/** "Dec 5, 2026 · Austin, Humboldt Park · Church basement · English · Spanish" (no place yet, none shown). */
export function useTownHallFacts(townHall: TownHall): string {
  const t = useT()
  const areaNames = useAreaNames()
  const day = useDayWords()
  return t('townHall.facts', {
    date: day(townHall.date),
    areas: townHall.areaNumbers.map((n) => areaNames.get(n) ?? String(n)).join(', '),
    hasPlace: townHall.place.trim() ? 'yes' : 'no',
    place: townHall.place.trim(),
    languages: townHall.languages.map((language) => t('townHall.language', { language })).join(' · '),
  })
}
