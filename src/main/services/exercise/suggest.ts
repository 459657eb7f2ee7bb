// Inventory resources that would close a need's gap, for the gap list's "Suggest resources": what
// each closes and leaves, and the resources of the need's kind left out, with why.
import type { z } from 'zod'
import type { exerciseCalls } from '../../../shared/contract/exercise'
import { AppError } from '../../../shared/errors'
import { assessNeed, type GapResource } from '../../../shared/exercise/gaps'
import { indexResources, suggestResources } from '../../../shared/exercise/suggestions'
import type { Service } from '../../../shared/inventory/model'
import { parseSchedule, type Schedule } from '../../../shared/inventory/schedule'
import type { InventoryService } from '../inventory'

type SuggestInput = z.output<(typeof exerciseCalls)['exercise.suggest']['input']>
type SuggestOutput = z.output<(typeof exerciseCalls)['exercise.suggest']['output']>

const asResource = (service: Service): GapResource => service

function schedule(text: string | undefined, field: string): Schedule | undefined {
  if (text === undefined) return undefined
  const parsed = parseSchedule(text)
  if (!parsed.ok) throw new AppError('INVALID_INPUT', 'error.exercise.needTimeUnreadable', { when: text }, { field })
  return parsed.value
}

export function suggestForNeed(inventory: InventoryService, input: SuggestInput, now: Date): SuggestOutput {
  const need = { ...input.need, when: schedule(input.need.when, 'need.when') }
  const links = input.links.map((link) => ({ ...link, needId: need.id, when: schedule(link.when, 'links.when') }))
  const services = inventory.repository.allServices()
  const byId = new Map(services.map((s) => [s.id, asResource(s)]))
  const today = now.toISOString().slice(0, 10)
  const assessment = assessNeed(need, links, new Set(input.hasLead ? [need.id] : []), byId, { today })
  const result = suggestResources(need, assessment, indexResources(byId.values()), { links, hasLead: input.hasLead, resources: byId }, { today })
  const organizations = new Map(inventory.listOrganizations().map((o) => [o.id, o.name]))
  const names = (resourceId: string) => {
    const service = byId.get(resourceId) as Service
    return { resourceId, name: service.name, organizationName: organizations.get(service.organizationId) ?? '' }
  }
  return {
    suggestions: result.suggestions.map((s) => ({ ...names(s.resourceId), closes: s.closes, leaves: s.leaves })),
    leftOut: result.leftOut.map((l) => ({ ...names(l.resourceId), why: l.why })),
    leftOutCount: result.leftOutCount,
  }
}
