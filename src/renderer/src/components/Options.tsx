// Option lists several screens share: the 77 community areas, and the kinds of organization.
import type { CommunityArea } from '../../../shared/community-areas'
import { CATEGORY_GROUPS, ORGANIZATION_KINDS, type Category } from '../../../shared/inventory/taxonomy'

export function AreaOptions({ areas, numbered = false }: { areas: readonly CommunityArea[]; numbered?: boolean }) {
  return areas.map((area) => (
    <option key={area.number} value={area.number}>
      {numbered ? `${area.number}. ${area.name}` : area.name}
    </option>
  ))
}

export function KindOptions() {
  return ORGANIZATION_KINDS.map((kind) => (
    <option key={kind.id} value={kind.id}>
      {kind.label}
    </option>
  ))
}

/** Categories grouped as the taxonomy groups them (shipped and the facilitator's own). */
export function CategoryOptions({ categories }: { categories: readonly Pick<Category, 'id' | 'label' | 'group'>[] }) {
  return CATEGORY_GROUPS.map((group) => (
    <optgroup key={group.id} label={group.label}>
      {categories
        .filter((category) => category.group === group.id)
        .map((category) => (
          <option key={category.id} value={category.id}>
            {category.label}
          </option>
        ))}
    </optgroup>
  ))
}
