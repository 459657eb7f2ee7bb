// Inventory resources that would close a need's gap, for the exercise map's "Suggest" button.
import { AppError } from '../../../shared/errors'
import { assessNeed, indexResources, suggestResources, type GapResource } from '../../../shared/exercise/gaps'
import type { Service } from '../../../shared/inventory/model'
import { parseSchedule } from '../../../shared/inventory/schedule'
import type { InventoryService } from '../inventory'

interface SuggestInput {
  need: { id: string; category: string; areaNumber: number; when: string; language?: string | undefined; amount?: { value: number; unit: string } | undefined; urgency: 'low' | 'medium' | 'high' | 'critical' }
  linkedResourceIds: string[]
  hasLead: boolean
}

const asResource = (service: Service): GapResource => service

export function suggestForNeed(inventory: InventoryService, input: SuggestInput, now: Date) {
  const when = parseSchedule(input.need.when)
  if (!when.ok) throw new AppError('INVALID_INPUT', 'error.exercise.needTimeUnreadable', { when: input.need.when })
  const need = { ...input.need, when: when.value }
  const services = inventory.repository.allServices()
  const byId = new Map(services.map((s) => [s.id, asResource(s)]))
  const today = now.toISOString().slice(0, 10)
  const assessment = assessNeed(
    need,
    input.linkedResourceIds.map((resourceId) => ({ resourceId, needId: need.id })),
    new Set(input.hasLead ? [need.id] : []),
    byId,
    { today },
  )
  const organizations = new Map(inventory.listOrganizations().map((o) => [o.id, o.name]))
  const names = new Map(services.map((s) => [s.id, s]))
  return suggestResources(need, assessment, indexResources(byId.values()), new Set(input.linkedResourceIds), { today }).map((suggestion) => {
    const service = names.get(suggestion.resourceId)!
    return { ...suggestion, name: service.name, organizationName: organizations.get(service.organizationId) ?? '' }
  })
}
