// Takes a session's report snapshot from this laptop's inventory: the organizations and resources
// it refers to, the categories they use, the gap analysis and, for each gap, the resources that
// could close it. Kept with the session when it finishes; taken afresh for a running one.
import { assessSession, gapNeedsOf } from '../../../shared/exercise/session-needs'
import { indexResources, suggestResources } from '../../../shared/exercise/suggestions'
import type { GapResource } from '../../../shared/exercise/gaps'
import type { Scenario } from '../../../shared/scenario/schema'
import type { SessionDocument } from '../../../shared/session/document'
import type { Participant } from '../../../shared/session/model'
import type { ReportSnapshot, SnapshotResource } from '../../../shared/report/snapshot'
import type { InventoryService } from '../inventory'
import { referencedOrganizationIds } from '../../../shared/session/references'
import { categoryLabelIn } from '../../../shared/i18n/taxonomy-words'

export interface SnapshotSource {
  scenario: Scenario
  document: SessionDocument
  areaNumber: number
  participants: readonly Participant[]
}

const SUGGESTIONS_PER_GAP = 3

export function takeSnapshot(inventory: InventoryService, source: SnapshotSource, now: Date): ReportSnapshot {
  const { scenario, document, areaNumber, participants } = source
  const today = now.toISOString().slice(0, 10)
  const services = inventory.repository.allServices()
  const byId = new Map(services.map((s) => [s.id, s]))
  const resources: SnapshotResource[] = document.graph.nodes
    .filter((n) => n.kind === 'resource')
    .map((n) => byId.get(n.refId))
    .filter((s) => s !== undefined)
    .map((s) => ({
      id: s.id,
      organizationId: s.organizationId,
      name: s.name,
      category: s.category,
      areaNumbers: s.areaNumbers,
      citywide: s.citywide,
      capacity: s.capacity,
      currentLoad: s.currentLoad,
      schedule: s.schedule,
      languages: s.languages,
      responseHours: s.responseHours,
      status: s.status,
      lastVerified: s.lastVerified,
    }))
  const organizationIds = referencedOrganizationIds(document, participants)
  for (const resource of resources) organizationIds.add(resource.organizationId)
  const organizations = [...organizationIds]
    .map((id) => inventory.repository.getOrganization(id))
    .filter((o) => o !== undefined)
    .map((o) => ({ id: o.id, name: o.name, kind: o.kind }))

  const usedCategories = new Set([...scenario.modules.flatMap((m) => m.needs.map((n) => n.category)), ...resources.map((r) => r.category)])
  const categories = Object.fromEntries(
    inventory.categories
      .all()
      .filter((c) => usedCategories.has(c.id))
      .map((c) => [c.id, { en: categoryLabelIn('en', c.id, c.label), es: categoryLabelIn('es', c.id, c.labelEs || c.label) }]),
  )

  const linked = new Map<string, GapResource>(resources.map((r) => [r.id, r]))
  const gaps = assessSession(scenario, document, areaNumber, linked, today)
  const index = indexResources(services)
  const gapNeeds = new Map(gapNeedsOf(scenario, gaps.needs, areaNumber).map((n) => [n.id, n]))
  const organizationName = (id: string) => inventory.repository.getOrganization(id)?.name ?? ''
  const suggestions: ReportSnapshot['suggestions'] = {}
  for (const assessment of gaps.assessments) {
    const need = gapNeeds.get(assessment.needId)
    if (assessment.covered || !need) continue
    const links = gaps.coverages.filter((c) => c.needId === need.id)
    const result = suggestResources(need, assessment, index, { links, hasLead: gaps.leads.some((l) => l.needId === need.id), resources: byId }, { today, limit: SUGGESTIONS_PER_GAP, leftOutLimit: 0 })
    suggestions[need.id] = result.suggestions.map((s) => {
      const service = byId.get(s.resourceId)
      return { name: service?.name ?? '', organizationName: service ? organizationName(service.organizationId) : '' }
    })
  }

  return {
    takenAt: now.toISOString(),
    today,
    organizations,
    resources,
    categories,
    assessments: gaps.assessments.map((a) => ({ needId: a.needId, urgency: a.urgency, covered: a.covered, reasons: a.reasons, contributingIds: a.contributingIds })),
    suggestions,
  }
}
