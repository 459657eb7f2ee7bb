// Imports into the inventory. A preview promises what will be written, what is skipped and which
// services the source no longer lists; the commit writes exactly that in one transaction (or
// nothing, when the inventory changed in a way that would change the promise); the last imports
// can be undone; the skipped rows can be saved as a CSV to fix and import later.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import { withMapping } from '../../../shared/inventory/import-terms'
import type { ImportCommit, ImportPreview, ImportRemap, ImportUndo, Organization, Service } from '../../../shared/inventory/model'
import type { ImportProblem } from '../../../shared/inventory/roundtable-csv'
import type { UploadedFile } from './hsds-package'
import { planImport, type ImportPlan } from './import-plan'
import type { InventoryRepository } from './inventory-repository'
import { emptyPlan, readUpload, type ReadUpload } from './read-upload'
import type { Category } from '../../../shared/inventory/taxonomy'
import type { CategoryRegistry } from './categories'
import { skippedRowsCsv } from './skipped-rows'
import { changeMapping, choicesToRemember, mappingTables, startMapping, type CategorySuggester, type MappingState } from './import-mapping'
import { createMappingMemory } from './mapping-memory'
import { createStagedWrite } from './staged-write'
import { NO_PROGRESS, type ReportProgress } from './import-progress'

const MAX_LISTED = 1000
const MAX_LISTED_MISSING = 200
const PREVIEW_LIFETIME_MS = 30 * 60 * 1000
const UNDO_STEPS_KEPT = 10

interface Previewed {
  files: readonly UploadedFile[]
  read: ReadUpload
  mapping: MappingState
  plan: ImportPlan
  /** The inventory as it was when the plan was made (see inventoryStamp). */
  stamp: string
  missing: Service[]
  madeAt: number
}

/**
 * How to undo an import: the ids it added, the records it changed as they were before, and when it
 * wrote them (a record changed since is left as it is now). Plain lists, cheap to pass from the worker.
 */
export interface UndoStep {
  writtenAt: string
  addedServices: string[]
  changedServices: Service[]
  addedOrganizations: string[]
  changedOrganizations: Organization[]
}

export type InventoryImports = ReturnType<typeof createInventoryImports>

export function createInventoryImports(
  db: Database.Database,
  repository: InventoryRepository,
  categories: CategoryRegistry,
  clock: () => Date,
  suggesterFor: (categories: readonly Category[]) => CategorySuggester,
) {
  const memory = createMappingMemory(db, clock)
  const staged = createStagedWrite(db)
  const previews = new Map<string, Previewed>()
  const undoSteps = new Map<string, UndoStep>()
  const stampStatement = db.prepare<[], { stamp: string }>(`
    SELECT (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM service) || '|' ||
           (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM organization) AS stamp`)

  /** Changes whenever a service or organization is added, changed or deleted. */
  const inventoryStamp = (): string => stampStatement.get()!.stamp

  function read(files: readonly UploadedFile[], progress: ReportProgress = NO_PROGRESS): { read: ReadUpload; mapping: MappingState } {
    const known = categories.all()
    const read = readUpload(files, known, progress)
    return { read, mapping: startMapping(read.rows, memory.recall(read.source), suggesterFor(known), known) }
  }

  function planOf(read: ReadUpload, mapping: MappingState, progress: ReportProgress = NO_PROGRESS): ImportPlan {
    const context = { file: read.sourceRows.file, source: read.source, now: clock().toISOString(), columns: read.columns }
    return read.headerProblems
      ? emptyPlan(read.rowCount, read.headerProblems)
      : planImport(withMapping(read.rows, mapping.mapping), read.rejectedRows, [...read.problems], repository, context, progress)
  }

  /** Services this source brought in before that it no longer lists (and that still run). */
  function missingFrom(read: ReadUpload, plan: ImportPlan): Service[] {
    if (read.headerProblems || plan.services.length + plan.matchedIds.size === 0) return []
    const written = new Set(plan.services.map((s) => s.service.id))
    return repository
      .allServices()
      .filter((s) => s.source === read.source && s.status !== 'ended' && !plan.matchedIds.has(s.id) && !written.has(s.id))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  /** What a plan promises, without ids made fresh each time it is planned. */
  function promiseOf(plan: ImportPlan): string {
    const writes = plan.services.map(({ service, isNew }) => (isNew ? `new:${service.organizationId}:${service.name}` : `update:${service.id}`)).sort()
    const skipped = plan.problems.map((p) => `${p.file}:${p.row}:${p.column}`)
    return JSON.stringify([plan.counts, plan.organizationCounts, writes.length, skipped])
  }

  function forgetOldPreviews(): void {
    const now = Date.now()
    for (const [id, preview] of previews) if (now - preview.madeAt > PREVIEW_LIFETIME_MS) previews.delete(id)
  }

  /**
   * Writes the plan (and ends the missing services) in two steps. Staging (here) copies every
   * record to temporary tables and holds no lock; the step it returns copies them into the store
   * in one short transaction, which first checks that no inventory edit came in since staging began.
   * Returns how to undo it.
   */
  function stageWrite(plan: ImportPlan, ended: readonly Service[], file: string, alsoInTransaction: () => void = () => {}): () => UndoStep {
    const now = clock().toISOString()
    const stampBefore = inventoryStamp()
    const step: UndoStep = { writtenAt: now, addedServices: [], changedServices: [], addedOrganizations: [], changedOrganizations: [] }
    const organizations = plan.organizations.map(({ organization, isNew }) => {
      const before = isNew ? undefined : repository.getOrganization(organization.id)
      if (before) step.changedOrganizations.push(before)
      else step.addedOrganizations.push(organization.id)
      return { ...organization, createdAt: isNew ? now : organization.createdAt, updatedAt: now }
    })
    const services = plan.services.map(({ service, isNew }) => {
      const before = isNew ? undefined : repository.getService(service.id)
      if (before) step.changedServices.push(before)
      else step.addedServices.push(service.id)
      return { ...service, createdAt: isNew ? now : service.createdAt, updatedAt: now }
    })
    step.changedServices.push(...ended)
    staged.stage(organizations, [...services, ...ended.map((service) => ({ ...service, status: 'ended' as const, updatedAt: now }))])
    return () => {
      try {
        db.transaction(() => {
          if (inventoryStamp() !== stampBefore) throw new AppError('CONFLICT', 'error.import.changedSincePreview', { file })
          staged.apply()
          alsoInTransaction()
        }).immediate()
      } finally {
        staged.clear()
      }
      return step
    }
  }

  /**
   * Checks and stages what the preview promised; the step returned writes it. Rows the preview
   * rejected are skipped only when asked; services the source no longer lists are ended only when asked.
   */
  function prepareCommit(previewId: string, options: { skipRejected: boolean; endNoLongerListed: boolean }): () => ImportCommit {
    const preview = previewed(previewId)
    let { plan, missing } = preview
    if (plan.problems.length > 0 && !options.skipRejected) {
      throw new AppError('CONFLICT', 'error.import.hasRejectedRows', { file: preview.read.label, count: plan.counts.rejected })
    }
    if (inventoryStamp() !== preview.stamp) {
      // Something was edited since the preview: plan again, and write only if the promise still holds.
      const again = planOf(preview.read, preview.mapping)
      if (promiseOf(again) !== promiseOf(plan)) {
        throw new AppError('CONFLICT', 'error.import.changedSincePreview', { file: preview.read.label })
      }
      plan = again
      missing = missingFrom(preview.read, again)
    }
    const ended = options.endNoLongerListed ? missing : []
    const write = stageWrite(plan, ended, preview.read.label, () => memory.remember(preview.read.source, choicesToRemember(preview.mapping)))
    const counts = plan.counts
    return () => {
      const step = write()
      previews.delete(previewId)
      return { counts, ended: ended.length, importId: keepUndo(step) }
    }
  }

  function keepUndo(step: UndoStep): string {
    const importId = randomUUID()
    undoSteps.set(importId, step)
    while (undoSteps.size > UNDO_STEPS_KEPT) undoSteps.delete(undoSteps.keys().next().value!)
    return importId
  }

  function previewed(previewId: string): Previewed {
    const preview = previews.get(previewId)
    if (!preview) throw new AppError('NOT_FOUND', 'error.import.previewExpired')
    return preview
  }

  /** Plans the upload with its mapping, keeps it for the commit, and says what it would do. */
  function remember(previewId: string, files: readonly UploadedFile[], upload: ReadUpload, mapping: MappingState, progress: ReportProgress = NO_PROGRESS): ImportPreview {
    const plan = planOf(upload, mapping, progress)
    const missing = missingFrom(upload, plan)
    const writes = plan.counts.new + plan.counts.updated
    const canImport = !upload.headerProblems && (writes > 0 || missing.length > 0 || plan.organizations.length > 0)
    if (canImport) previews.set(previewId, { files, read: upload, mapping, plan, stamp: inventoryStamp(), missing, madeAt: Date.now() })
    else previews.delete(previewId)
    return {
      previewId,
      file: upload.label,
      fileCount: files.length,
      source: upload.source,
      format: upload.format,
      services: plan.counts,
      organizations: plan.organizationCounts,
      problems: plan.problems.slice(0, MAX_LISTED),
      problemCount: plan.problems.length,
      notes: upload.notes.slice(0, MAX_LISTED),
      noteCount: upload.notes.length,
      noLongerListed: missing.slice(0, MAX_LISTED_MISSING).map((s) => ({ id: s.id, name: s.name, organizationName: repository.getOrganization(s.organizationId)?.name ?? '' })),
      noLongerListedCount: missing.length,
      ...mappingTables(mapping),
      canImport,
    }
  }

  return {
    /** Reads and plans the files without writing anything: the promise the commit keeps. */
    preview(files: readonly UploadedFile[], progress: ReportProgress = NO_PROGRESS, previewId: string = randomUUID()): ImportPreview {
      forgetOldPreviews()
      const { read: upload, mapping } = read(files, progress)
      return remember(previewId, files, upload, mapping, progress)
    },

    /** Hands over an import's undo step (to the process that keeps it), or undefined. */
    takeUndoStep(importId: string): UndoStep | undefined {
      const step = undoSteps.get(importId)
      undoSteps.delete(importId)
      return step
    },

    /** Keeps an undo step made elsewhere (by the import worker); returns its id. */
    keepUndoStep(step: UndoStep): string {
      return keepUndo(step)
    },

    /** Changes categories or areas in the mapping tables, and previews again at once. */
    remap(choices: ImportRemap): ImportPreview {
      const preview = previewed(choices.previewId)
      changeMapping(preview.mapping, choices, categories.all())
      return remember(choices.previewId, preview.files, preview.read, preview.mapping)
    },

    /** Writes what the preview promised, in one go (staged, then copied). */
    commit(previewId: string, options: { skipRejected: boolean; endNoLongerListed: boolean }): ImportCommit {
      return prepareCommit(previewId, options)()
    },

    prepareCommit,

    /** Puts every record the import wrote back as it was; records edited since are left as they are now. */
    undo(importId: string): ImportUndo {
      const step = undoSteps.get(importId)
      if (!step) throw new AppError('NOT_FOUND', 'error.import.undoGone')
      let restored = 0
      let keptEdited = 0
      const { writtenAt } = step
      db.transaction(() => {
        const services = [...step.addedServices.map((id) => ({ id, before: undefined })), ...step.changedServices.map((before) => ({ id: before.id, before }))]
        for (const { id, before } of services) {
          const now = repository.getService(id)
          if (now && now.updatedAt !== writtenAt) {
            keptEdited++
            continue
          }
          if (before) repository.saveService(before)
          else if (now) repository.deleteService(id)
          restored++
        }
        const organizations = [...step.addedOrganizations.map((id) => ({ id, before: undefined })), ...step.changedOrganizations.map((before) => ({ id: before.id, before }))]
        for (const { id, before } of organizations) {
          const now = repository.getOrganization(id)
          if (!now) continue
          if (now.updatedAt !== writtenAt) keptEdited++
          else if (before) repository.saveOrganization(before)
          else if (repository.servicesOf(id).length === 0) repository.deleteOrganization(id)
          else keptEdited++
        }
      }).immediate()
      undoSteps.delete(importId)
      return { restored, keptEdited }
    },

    /** The rows the preview rejected, in their own columns plus the reason, to fix and import later. */
    skippedRows(previewId: string): { fileName: string; content: string } {
      const { read, plan } = previewed(previewId)
      return skippedRowsCsv(read, plan.problems)
    },

    /** Reads, checks and imports in one step; nothing is written unless every row is good. */
    importFiles(files: readonly UploadedFile[]): ImportPlan & { notes: ImportProblem[] } {
      const { read: upload, mapping } = read(files)
      const plan = planOf(upload, mapping)
      if (plan.problems.length === 0) stageWrite(plan, [], upload.label)()
      return { ...plan, notes: upload.notes }
    },
  }
}
