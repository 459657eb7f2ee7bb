// The inventory service: lists, edits, imports and exports organizations and services.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { COMMUNITY_AREA_SEEDS } from '../../../shared/community-area-list'
import { AppError, fieldIssue } from '../../../shared/errors'
import { said } from '../../../shared/i18n/said'
import type {
  Organization,
  Service,
  OrganizationDraft,
  ServiceDraft,
  ServiceFilter,
  ServiceListItem,
} from '../../../shared/inventory/model'
import { textKey } from '../../../shared/text-key'
import type { ImportProblem } from '../../../shared/inventory/roundtable-csv'
import { writeHsdsTables } from '../../../shared/inventory/hsds/write-tables'
import { writeHsdsPackage, type UploadedFile } from './hsds-package'
import { inventoryToCsv } from './csv-export'
import type { ImportPlan } from './import-plan'
import { createInventoryImports } from './imports'
import { createImportJobs, type ImportWorkerOptions } from './import-jobs'
import type { WriteGate } from '../write-gate'
import { categorySuggesterFor } from './category-suggester'
import { createCategoryRegistry } from './categories'
import { createInventoryRepository } from './inventory-repository'


export type InventoryService = ReturnType<typeof createInventoryService>

/** The bookkeeping a saved service or organization gets: its id, tidy name and areas, origin and times. */
function recordFields(
  draft: { name: string; citywide: boolean; areaNumbers: readonly number[] },
  existing: { id: string; source: string; createdAt: string } | undefined,
  now: Date,
) {
  const at = now.toISOString()
  return {
    id: existing?.id ?? randomUUID(),
    name: draft.name.trim(),
    areaNumbers: draft.citywide ? [] : [...new Set(draft.areaNumbers)].sort((a, b) => a - b),
    source: existing?.source ?? 'manual',
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  }
}

export function createInventoryService(db: Database.Database, clock: () => Date = () => new Date(), importWorker?: ImportWorkerOptions, gate?: WriteGate) {
  const repository = createInventoryRepository(db)
  const categories = createCategoryRegistry(db, clock)
  const imports = createInventoryImports(db, repository, categories, clock, categorySuggesterFor)
  const importJobs = createImportJobs(imports, clock, importWorker, gate)

  return {
    repository,
    categories,
    imports,
    importJobs,

    listServices(filter: ServiceFilter): { items: ServiceListItem[]; total: number } {
      return repository.listServices(filter, clock(), categories.all())
    },

    getService(id: string): Service {
      const service = repository.getService(id)
      if (!service) throw new AppError('NOT_FOUND', 'error.service.notFound')
      return service
    },

    servicesByIds(ids: readonly string[]): ServiceListItem[] {
      return repository.servicesByIds(ids)
    },

    /** Adds a service (no id) or changes one; returns it as stored. */
    saveService(draft: ServiceDraft): Service {
      const organization = repository.getOrganization(draft.organizationId)
      if (!organization) throw new AppError('NOT_FOUND', 'error.organization.notFound')
      const existing = draft.id === undefined ? undefined : repository.getService(draft.id)
      if (draft.id !== undefined && !existing) throw new AppError('NOT_FOUND', 'error.service.notFound')
      if (!categories.has(draft.category)) {
        throw new AppError('INVALID_INPUT', 'error.category.unknown', { category: draft.category }, {
          issues: [fieldIssue('category', said('validation.category.choose'))],
        })
      }
      const service: Service = { ...draft, ...recordFields(draft, existing, clock()) }
      const clash = repository.findServiceByKey(service.organizationId, textKey(service.name))
      if (clash && clash.id !== service.id) {
        throw new AppError('CONFLICT', 'error.service.nameTaken', { organization: organization.name, name: clash.name }, {
          issues: [fieldIssue('name', said('validation.service.nameTaken', { organization: organization.name }))],
        })
      }
      repository.saveService(service)
      return service
    },

    /** Deletes a service and hands it back whole, so the UI can offer Undo. */
    deleteService(id: string): Service {
      const service = repository.getService(id)
      if (!service) throw new AppError('NOT_FOUND', 'error.service.notFound')
      repository.deleteService(id)
      return service
    },

    /** Puts back a deleted service exactly as it was (Undo). */
    restoreService(service: Service): Service {
      if (!repository.getOrganization(service.organizationId)) {
        throw new AppError('NOT_FOUND', 'error.service.organizationGone')
      }
      if (repository.getService(service.id)) throw new AppError('CONFLICT', 'error.service.alreadyThere')
      repository.saveService(service)
      return service
    },

    /** Adds an organization (no id) or changes one; names are unique, ignoring case and punctuation. */
    saveOrganization(draft: OrganizationDraft): Organization {
      const existing = draft.id === undefined ? undefined : repository.getOrganization(draft.id)
      if (draft.id !== undefined && !existing) throw new AppError('NOT_FOUND', 'error.organization.notFound')
      const clash = repository.findOrganizationByKey(textKey(draft.name))
      if (clash && clash.id !== existing?.id) {
        throw new AppError('CONFLICT', 'error.organization.nameTaken', { name: clash.name }, {
          issues: [fieldIssue('name', said('validation.organization.nameTaken'))],
        })
      }
      const organization: Organization = { ...draft, ...recordFields(draft, existing, clock()) }
      repository.saveOrganization(organization)
      return organization
    },

    /** Deletes an organization with its services and hands them back whole, for Undo. */
    deleteOrganization(id: string): { organization: Organization; services: Service[] } {
      const organization = repository.getOrganization(id)
      if (!organization) throw new AppError('NOT_FOUND', 'error.organization.notFound')
      const services = repository.servicesOf(id)
      repository.deleteOrganization(id)
      return { organization, services }
    },

    restoreOrganization(organization: Organization, services: readonly Service[]): Organization {
      if (repository.getOrganization(organization.id)) throw new AppError('CONFLICT', 'error.organization.alreadyThere')
      db.transaction(() => {
        repository.saveOrganization(organization)
        for (const service of services) repository.saveService(service)
      }).immediate()
      return organization
    },

    listOrganizations(): (Organization & { serviceCount: number })[] {
      return repository.listOrganizations()
    },

    /** Reads, checks and imports in one step; nothing is written unless every row is good. */
    importFiles(files: readonly UploadedFile[]): ImportPlan & { notes: ImportProblem[] } {
      return imports.importFiles(files)
    },

    importCsv(file: string, bytes: Uint8Array): ImportPlan & { notes: ImportProblem[] } {
      return imports.importFiles([{ name: file, bytes }])
    },

    exportHsdsPackage(): Uint8Array {
      const tables = writeHsdsTables(repository.listOrganizations(), repository.allServices(), COMMUNITY_AREA_SEEDS, categories.all())
      return writeHsdsPackage(tables)
    },

    exportCsv(): string {
      const organizations = new Map(repository.listOrganizations().map((o) => [o.id, o]))
      const services = repository.allServices().sort((a, b) => {
        const byOrg = organizations.get(a.organizationId)!.name.localeCompare(organizations.get(b.organizationId)!.name)
        return byOrg !== 0 ? byOrg : a.name.localeCompare(b.name)
      })
      return inventoryToCsv(services, organizations)
    },
  }
}
