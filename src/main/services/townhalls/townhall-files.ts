// Town-hall files between laptops, and what a town hall's report is built from (the inventory
// records it names, kept as they were when it finished, as a session's report keeps its own). A file is read
// on another laptop in one transaction: the organizations and services it names added where this
// inventory lacks them (one already here under the same name is used as it is), and a town hall
// already present replaced or kept beside the new copy, as the facilitator chooses.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { FieldIssue } from '../../../shared/errors'
import type { Organization, Service } from '../../../shared/inventory/model'
import { townHallFileStem } from '../../../shared/townhall/report/exports'
import { referencedIds, townHallReportInputSchema, townHallReportSnapshotSchema, type TownHallReportInput, type TownHallReportSnapshot } from '../../../shared/townhall/report/input'
import type { TownHall, TownHallStatus } from '../../../shared/townhall/model'
import { readTownHallFile, TOWN_HALL_FILE_VERSION, type TownHallFile, type TownHallFileRead } from '../../../shared/townhall/townhall-file'
import type { InventoryService } from '../inventory'
import { addToInventory, matchInventory, missingServices, renamed } from '../inventory/file-inventory'
import type { TownHallService } from '.'

export type TownHallImportMode = 'ask' | 'replace' | 'copy'
export type TownHallImport =
  | { outcome: 'imported'; townHallId: string; organizationsAdded: number; servicesAdded: number }
  | { outcome: 'exists'; townHallId: string; title: string }
  | { outcome: 'invalid'; problems: FieldIssue[] }

export function createTownHallFiles(db: Database.Database, townHalls: TownHallService, inventory: InventoryService, clock: () => Date = () => new Date()) {
  const statements = {
    exists: db.prepare<[string], { title: string }>('SELECT title FROM town_hall WHERE id = ?'),
    remove: db.prepare<[string]>('DELETE FROM town_hall WHERE id = ?'),
    insert: db.prepare(`INSERT INTO town_hall (id, title, area_numbers, held_on, place, topics, languages, expected_attendance, status, report_snapshot, created_at, updated_at)
      VALUES (@id, @title, @area_numbers, @held_on, @place, @topics, @languages, @expected_attendance, @status, @report_snapshot, @created_at, @updated_at)`),
    snapshot: db.prepare<[string], { report_snapshot: string | null }>('SELECT report_snapshot FROM town_hall WHERE id = ?'),
    keep: db.prepare<[string | null, string]>('UPDATE town_hall SET report_snapshot = ? WHERE id = ?'),
  }

  const kept = (id: string): TownHallReportSnapshot | null => {
    const row = statements.snapshot.get(id)?.report_snapshot
    return row ? townHallReportSnapshotSchema.parse(JSON.parse(row)) : null
  }

  /** The inventory records a town hall names: picked services, their providers, answering organizations, panel and owners. */
  function referenced(id: string): { document: TownHallFile['document']; services: Service[]; organizations: Organization[] } {
    const { document } = townHalls.journal.current(id)
    const { serviceIds, organizationIds } = referencedIds(document)
    const services = [...serviceIds].flatMap((s) => inventory.repository.getService(s) ?? [])
    for (const service of services) organizationIds.add(service.organizationId)
    return { document, services, organizations: [...organizationIds].flatMap((o) => inventory.repository.getOrganization(o) ?? []) }
  }

  function snapshotNow(id: string): TownHallReportSnapshot {
    const { services, organizations } = referenced(id)
    return townHallReportSnapshotSchema.parse({ takenAt: clock().toISOString(), services, organizations })
  }

  return {
    /** Everything the town hall's report is built from: the records kept as it finished, else live data. */
    reportInput(id: string): TownHallReportInput {
      const townHall = townHalls.get(id)
      const { document } = townHalls.journal.current(id)
      const snapshot = kept(id)
      const { services, organizations } = snapshot ?? snapshotNow(id)
      return townHallReportInputSchema.parse({ townHall, document, services, organizations, kept: snapshot !== null })
    },

    /** Moves a town hall on; finishing keeps its report's records in the same transaction, reopening lets it read live data again. */
    setStatus(id: string, status: TownHallStatus): TownHall {
      return db.transaction(() => {
        const was = townHalls.get(id).status
        const townHall = townHalls.setStatus(id, status)
        if (status === 'finished' && was !== 'finished') statements.keep.run(JSON.stringify(snapshotNow(id)), id)
        else if (status !== 'finished') statements.keep.run(null, id)
        return townHall
      }).immediate()
    },

    /** The town hall as one file. */
    exportFile(id: string): { fileName: string; content: string } {
      const townHall = townHalls.get(id)
      const { document, services, organizations } = referenced(id)
      const file: TownHallFile = { roundtableTownHall: TOWN_HALL_FILE_VERSION, exportedAt: clock().toISOString(), townHall, document, organizations, services, reportSnapshot: kept(id) }
      return { fileName: `${townHallFileStem(townHall)}.roundtable-townhall.json`, content: `${JSON.stringify(file, null, 1)}\n` }
    },

    /** Reads a town-hall file: all of it in one transaction, or nothing. */
    importFile(text: string, mode: TownHallImportMode): TownHallImport {
      return this.importRead(readTownHallFile(text), mode)
    },

    /** Writes a town-hall file already read (by the reading worker): all of it in one transaction, or nothing. */
    importRead(read: TownHallFileRead, mode: TownHallImportMode): TownHallImport {
      if (!read.ok) return { outcome: 'invalid', problems: read.problems }
      const original = read.file
      const present = statements.exists.get(original.townHall.id)
      if (present && mode === 'ask') return { outcome: 'exists', townHallId: original.townHall.id, title: present.title }

      const ids = new Map<string, string>()
      const toAdd = matchInventory(inventory.repository, original, ids)
      const file = renamed(original, ids)
      const townHall = present && mode === 'copy' ? { ...file.townHall, id: randomUUID() } : file.townHall
      const services = missingServices(inventory.repository, file.services)
      db.transaction(() => {
        if (present && mode === 'replace') statements.remove.run(townHall.id) // its journal goes with it (a trigger)
        addToInventory(inventory.repository, toAdd, services)
        statements.insert.run({
          id: townHall.id,
          title: townHall.title,
          area_numbers: JSON.stringify(townHall.areaNumbers),
          held_on: townHall.date,
          place: townHall.place,
          topics: townHall.topics,
          languages: JSON.stringify(townHall.languages),
          expected_attendance: townHall.expectedAttendance,
          status: townHall.status,
          report_snapshot: file.reportSnapshot ? JSON.stringify(file.reportSnapshot) : null,
          created_at: townHall.createdAt,
          updated_at: townHall.updatedAt,
        })
        townHalls.journal.start(townHall.id, file.document)
      }).immediate()
      return { outcome: 'imported', townHallId: townHall.id, organizationsAdded: toAdd.length, servicesAdded: services.length }
    },
  }
}

export type TownHallFiles = ReturnType<typeof createTownHallFiles>
