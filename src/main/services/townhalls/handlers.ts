// The town halls' calls: planning, the running document saved change by change, and the
// services that answer a theme.
import type { HandlersOf } from '../../../shared/contract'
import type { townHallCalls } from '../../../shared/contract/townhalls'
import { AppError } from '../../../shared/errors'
import type { ServiceListItem } from '../../../shared/inventory/model'
import type { InventoryService } from '../inventory'
import type { TownHallService } from '.'
import type { TownHallFiles } from './townhall-files'
import { projectorView } from '../../../shared/townhall/projector'

export function townHallHandlers(townHalls: TownHallService, inventory: InventoryService, files: TownHallFiles): HandlersOf<typeof townHallCalls> {
  return {
    'townHalls.create': (draft) => townHalls.create(draft),
    'townHalls.list': () => townHalls.list(),
    'townHalls.get': ({ id }) => townHalls.get(id),
    'townHalls.update': ({ id, ...fields }) => townHalls.update(id, fields),
    // Finishing keeps the report's inventory records; reopening lets it read live data again.
    'townHalls.setStatus': ({ id, status }) => files.setStatus(id, status),
    'townHalls.state': ({ id }) => townHalls.journal.current(id),
    'townHalls.undoHistory': ({ id }) => {
      townHalls.journal.current(id) // a town hall that is gone is NOT_FOUND, not an empty history
      return townHalls.journal.undoHistory(id)
    },
    'townHalls.applyChange': (change) => townHalls.applyChange(change),
    'townHalls.projector': ({ id }) => {
      const { revision, document } = townHalls.journal.current(id)
      return projectorView(document, revision)
    },
    'townHalls.suggestServices': ({ id, themeId }) => {
      const townHall = townHalls.get(id)
      const theme = townHalls.journal.current(id).document.themes.find((t) => t.id === themeId)
      if (!theme) throw new AppError('NOT_FOUND', 'error.townHall.notFound')
      const found = new Map<string, ServiceListItem>()
      for (const category of theme.categories) {
        for (const areaNumber of townHall.areaNumbers) {
          const page = inventory.listServices({ query: '', category, areaNumber, status: 'active', sort: 'name', direction: 'asc', offset: 0, limit: 200 })
          for (const service of page.items) found.set(service.id, service)
        }
      }
      return [...found.values()].sort((a, b) => a.name.localeCompare(b.name))
    },
  }
}
