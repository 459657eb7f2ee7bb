// The community areas' calls.
import type { HandlersOf } from '../../../shared/contract'
import type { areaCalls } from '../../../shared/contract/areas'
import type { CommunityAreaService } from '.'

export function areaHandlers(areas: CommunityAreaService): HandlersOf<typeof areaCalls> {
  return {
    'areas.list': (input) => areas.list(input),
    'areas.setFocus': (input) => areas.setFocus(input),
  }
}
