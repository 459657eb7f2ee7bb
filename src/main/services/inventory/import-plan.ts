// Turns read rows into a plan against the current inventory: what is new, what changed, what
// is the same. Applying a plan happens later, in one transaction.
import { randomUUID } from 'node:crypto'
import type { ImportedRow, ImportProblem } from '../../../shared/inventory/roundtable-csv'
import { importProblem } from '../../../shared/inventory/import-problem'
import { organizationSchema, serviceSchema, type ImportCounts, type Organization, type Service } from '../../../shared/inventory/model'
import { recordProblems, type FieldColumns } from './record-check'
import { everyRows, NO_PROGRESS, type ReportProgress } from './import-progress'
import { textKey } from '../../../shared/text-key'
import type { InventoryRepository } from './inventory-repository'

export interface ImportPlan {
  organizations: { organization: Organization; isNew: boolean }[]
  services: { service: Service; isNew: boolean }[]
  counts: ImportCounts
  organizationCounts: { new: number; updated: number }
  problems: ImportProblem[]
  /** Existing services this import names (written or not): a re-import lists the others from its source. */
  matchedIds: Set<string>
}

/** The fields a re-import compares; ids, times and source are bookkeeping. */
function serviceContent(service: Omit<Service, 'id' | 'createdAt' | 'updatedAt' | 'source'> & Partial<Service>): string {
  const { id: _id, createdAt: _c, updatedAt: _u, source: _s, ...content } = service
  const fields = content as Record<string, unknown>
  return JSON.stringify(Object.keys(fields).sort().map((key) => [key, fields[key]]))
}

export function planImport(
  rows: readonly ImportedRow[],
  rejectedRowCount: number,
  problems: ImportProblem[],
  repository: InventoryRepository,
  context: { file: string; source: string; now: string; columns: FieldColumns },
  progress: ReportProgress = NO_PROGRESS,
): ImportPlan {
  const existingServices = repository.allServices()
  const existingOrganizations = new Map(repository.listOrganizations().map((o) => [textKey(o.name), o]))
  const byId = new Map(existingServices.map((s) => [s.id, s]))
  const byKey = new Map(existingServices.map((s) => [`${s.organizationId}|${textKey(s.name)}`, s]))

  const organizations = new Map<string, { organization: Organization; isNew: boolean; changed: boolean; row: number }>()
  const seenServices = new Map<string, number>()
  const services: ImportPlan['services'] = []
  const matchedIds = new Set<string>()
  const checkedOrganizations = new Map<string, ImportProblem[]>()
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, rejected: rejectedRowCount }

  const planned = everyRows(progress, 'planning', rows.length)
  for (const [index, row] of rows.entries()) {
    planned(index + 1)
    const orgKey = textKey(row.organization.name)
    let entry = organizations.get(orgKey)
    if (!entry) {
      const existing = existingOrganizations.get(orgKey)
      const incoming = row.organization
      if (existing) {
        const updated: Organization = {
          ...existing,
          kind: incoming.kind,
          contactPerson: incoming.contactPerson || existing.contactPerson,
          phone: incoming.phone || existing.phone,
          email: incoming.email || existing.email,
        }
        const changed =
          updated.kind !== existing.kind ||
          updated.contactPerson !== existing.contactPerson ||
          updated.phone !== existing.phone ||
          updated.email !== existing.email
        entry = { organization: changed ? { ...updated, updatedAt: context.now } : existing, isNew: false, changed, row: row.row }
      } else {
        entry = {
          organization: {
            id: (incoming.id && !repository.getOrganization(incoming.id) ? incoming.id : undefined) ?? randomUUID(),
            name: incoming.name,
            kind: incoming.kind,
            description: '',
            contactPerson: incoming.contactPerson,
            phone: incoming.phone,
            email: incoming.email,
            languages: [],
            areaNumbers: [],
            citywide: false,
            notes: '',
            source: context.source,
            createdAt: context.now,
            updatedAt: context.now,
          },
          isNew: true,
          changed: true,
          row: row.row,
        }
      }
      organizations.set(orgKey, entry)
    } else if (entry.organization.kind !== row.organization.kind) {
      problems.push(
        importProblem(context.file, row.row, 'organization_kind', 'import.reason.kindDiffers', { name: row.organization.name, kind: entry.organization.kind, row: entry.row, here: row.organization.kind }),
      )
      counts.rejected++
      continue
    }

    const organization = entry.organization
    const serviceKey = `${organization.id}|${textKey(row.service.name)}`
    const duplicateOf = seenServices.get(row.service.id ?? serviceKey)
    if (duplicateOf !== undefined) {
      problems.push(importProblem(context.file, row.row, row.service.id ? 'service_id' : 'service', 'import.reason.duplicate', { row: duplicateOf }))
      counts.rejected++
      continue
    }
    seenServices.set(row.service.id ?? serviceKey, row.row)

    const existing = (row.service.id && byId.get(row.service.id)) || byKey.get(serviceKey)
    const incoming = row.service
    const candidate: Service = {
      id: existing?.id ?? incoming.id ?? randomUUID(),
      name: incoming.name,
      category: incoming.category,
      description: incoming.description,
      areaNumbers: incoming.areaNumbers,
      citywide: incoming.citywide,
      capacity: incoming.capacity,
      currentLoad: incoming.currentLoad,
      schedule: incoming.schedule,
      languages: incoming.languages,
      minAge: incoming.minAge,
      maxAge: incoming.maxAge,
      eligibility: incoming.eligibility,
      responseTime: incoming.responseTime,
      responseHours: incoming.responseHours,
      status: incoming.status,
      lastVerified: incoming.lastVerified,
      organizationId: organization.id,
      source: existing?.source ?? context.source,
      createdAt: existing?.createdAt ?? context.now,
      updatedAt: context.now,
    }
    // Every record whole, as the rest of the app reads it (lengths included), before it is planned.
    let organizationProblems = checkedOrganizations.get(organization.id)
    if (!organizationProblems) {
      organizationProblems = entry.changed ? recordProblems(organizationSchema, organization, context.file, row.row, context.columns.organization) : []
      checkedOrganizations.set(organization.id, organizationProblems)
    }
    const recordIssues = [...organizationProblems, ...recordProblems(serviceSchema, candidate, context.file, row.row, context.columns.service)]
    if (recordIssues.length > 0) {
      problems.push(...recordIssues.map((problem) => ({ ...problem, row: row.row })))
      counts.rejected++
      continue
    }
    if (existing) matchedIds.add(existing.id)
    if (!existing) {
      services.push({ service: candidate, isNew: true })
      counts.new++
    } else if (serviceContent(existing) !== serviceContent(candidate)) {
      services.push({ service: { ...candidate, source: context.source }, isNew: false })
      counts.updated++
    } else {
      counts.unchanged++
    }
  }

  // An organization is written only when a service of it is (a rejected row's organization is not).
  const used = new Set([...services.map((s) => s.service.organizationId), ...[...matchedIds].map((id) => byId.get(id)?.organizationId)])
  const organizationWrites = [...organizations.values()].filter((e) => e.changed && used.has(e.organization.id))
  return {
    organizations: organizationWrites.map(({ organization, isNew }) => ({ organization, isNew })),
    services,
    counts,
    organizationCounts: {
      new: organizationWrites.filter((e) => e.isNew).length,
      updated: organizationWrites.filter((e) => !e.isNew).length,
    },
    problems,
    matchedIds,
  }
}
