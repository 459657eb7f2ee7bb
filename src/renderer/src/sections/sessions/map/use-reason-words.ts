// The words the gap reasons need, in the reader's language: resource names as the map knows
// them, category labels, language names, lists ("A, B and C") and the catalogs.
import { useMemo } from 'react'
import { useIntl } from 'react-intl'
import type { Language } from '../../../../../shared/i18n/catalog'
import type { ReasonWords } from '../../../../../shared/exercise/reason-words'
import { languageLabel } from '../../../../../shared/inventory/languages'
import { hoursIn } from '../../../../../shared/inventory/schedule'
import { useCategories } from '../../../api/use-categories'
import { useT } from '../../../i18n/use-t'
import { categoryLabel } from '../../inventory/format'

export function useReasonWords(resourceName: (id: string) => string): ReasonWords {
  const t = useT()
  const { locale } = useIntl()
  const { categories } = useCategories()
  const list = useMemo(() => new Intl.ListFormat(locale, { type: 'conjunction' }), [locale])
  return {
    resource: resourceName,
    category: (id) => categoryLabel(id, categories),
    language: (code) => languageLabel(code, locale),
    hours: (described) => hoursIn(described, locale as Language),
    t,
    list: (items) => list.format(items),
  }
}
