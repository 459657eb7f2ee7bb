// Option lists several screens share: the 77 community areas, and the kinds of organization.
import type { CommunityArea } from '../../../shared/community-areas'
import { useIntl } from 'react-intl'
import type { Language } from '../../../shared/i18n/catalog'
import { categoryLabelIn, kindLabelIn } from '../../../shared/i18n/taxonomy-words'
import { CATEGORY_GROUPS, ORGANIZATION_KINDS, type Category } from '../../../shared/inventory/taxonomy'
import { useT } from '../i18n/use-t'

export function AreaOptions({ areas, numbered = false }: { areas: readonly CommunityArea[]; numbered?: boolean }) {
  return areas.map((area) => (
    <option key={area.number} value={area.number}>
      {numbered ? `${area.number}. ${area.name}` : area.name}
    </option>
  ))
}

/** The kinds of organization, by their label in the app's language. */
export function KindOptions() {
  const language = useIntl().locale as Language
  return ORGANIZATION_KINDS.map((kind) => (
    <option key={kind.id} value={kind.id}>
      {kindLabelIn(language, kind.id)}
    </option>
  ))
}

/** Categories grouped as the taxonomy groups them (shipped and the facilitator's own). */
export function CategoryOptions({ categories }: { categories: readonly Pick<Category, 'id' | 'label' | 'group' | 'labelEs'>[] }) {
  const t = useT()
  const language = useIntl().locale as Language
  return CATEGORY_GROUPS.map((group) => (
    <optgroup key={group.id} label={t(`categoryGroup.${group.id}`)}>
      {categories
        .filter((category) => category.group === group.id)
        .map((category) => (
          <option key={category.id} value={category.id}>
            {categoryLabelIn(language, category.id, language === 'es' ? category.labelEs || category.label : category.label)}
          </option>
        ))}
    </optgroup>
  ))
}
