// Option lists several screens share: the 77 community areas, and the kinds of organization.
import type { CommunityArea } from '../../../shared/community-areas'
import { ORGANIZATION_KINDS } from '../../../shared/inventory/taxonomy'

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
