// Session files between laptops: a whole session written to one file, and read back on another
// laptop in one transaction — the organizations and services it refers to added where this
// inventory lacks them (an organization or service already here under the same name is used as it
// is), and a session already present replaced or kept beside the new copy, as the facilitator
// chooses.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { FieldIssue } from '../../../shared/errors'
import { reportOptionsSchema } from '../../../shared/report/options'
import { reportSnapshotSchema } from '../../../shared/report/snapshot'
import { readSessionFile, SESSION_FILE_VERSION, type SessionFile, type SessionFileRead } from '../../../shared/session/session-file'
import { referencedOrganizationIds } from '../../../shared/session/references'
import { sessionFileStem } from '../../../shared/file-slug'
import { withoutField } from '../../../shared/journal/scrub'
import type { InventoryService } from '../inventory'
import { addToInventory, matchInventory, missingServices, renamed } from '../inventory/file-inventory'
import type { SessionService } from '.'
import type { SessionJournal } from './journal'

export type ImportMode = 'ask' | 'replace' | 'copy'
export type SessionImport =
  | { outcome: 'imported'; sessionId: string; organizationsAdded: number; servicesAdded: number }
  | { outcome: 'exists'; sessionId: string; title: string }
  | { outcome: 'invalid'; problems: FieldIssue[] }

export function createSessionFiles(db: Database.Database, sessions: SessionService, journal: SessionJournal, inventory: InventoryService, clock: () => Date = () => new Date()) {
  const statements = {
    report: db.prepare<[string], { report_snapshot: string | null; report_options: string | null }>('SELECT report_snapshot, report_options FROM exercise_session WHERE id = ?'),
    exists: db.prepare<[string], { title: string }>('SELECT title FROM exercise_session WHERE id = ?'),
    remove: db.prepare<[string]>('DELETE FROM exercise_session WHERE id = ?'),
    insertSession: db.prepare(`INSERT INTO exercise_session (id, scenario_id, scenario_document, variables, title, area_number, session_date, place, facilitator, status, created_at, updated_at, report_snapshot, report_options)
      VALUES (@id, @scenario_id, @scenario_document, @variables, @title, @area_number, @session_date, @place, @facilitator, @status, @created_at, @updated_at, @report_snapshot, @report_options)`),
    insertParticipant: db.prepare(`INSERT INTO session_participant (id, session_id, name, organization_id, organization_name, role, contact, contact_consent, created_at, updated_at)
      VALUES (@id, @session_id, @name, @organization_id, @organization_name, @role, @contact, @contact_consent, @created_at, @updated_at)`),
    insertState: db.prepare(`INSERT INTO journal_state (owner_kind, owner_id, revision, document, updated_at) VALUES ('session', ?, 0, ?, ?)`),
  }

  return {
    /** The session as one file; contacts travel only with the person's consent. */
    /** Contacts travel only when chosen: the consented ones of the people signed in, and the action items' points of contact. */
    exportFile(id: string, { contacts = false }: { contacts?: boolean } = {}): { fileName: string; content: string } {
      const { session, scenario, variables, participants } = sessions.get(id)
      const current = journal.current(id).document
      const document = contacts ? current : withoutField('pointOfContact').document(current)
      const kept = statements.report.get(id)!
      const organizationIds = referencedOrganizationIds(document, participants)
      const services = document.graph.nodes.filter((n) => n.kind === 'resource').flatMap((n) => inventory.repository.getService(n.refId) ?? [])
      for (const service of services) organizationIds.add(service.organizationId)
      const { participantCount: _count, ...summary } = session
      void _count
      const file: SessionFile = {
        roundtableSession: SESSION_FILE_VERSION,
        exportedAt: clock().toISOString(),
        session: summary,
        variables,
        scenario,
        participants: participants.map((p) => (contacts && p.contactConsent ? p : { ...p, contact: '', contactConsent: false })),
        document,
        organizations: [...organizationIds].flatMap((o) => inventory.repository.getOrganization(o) ?? []),
        services,
        reportSnapshot: kept.report_snapshot ? reportSnapshotSchema.parse(JSON.parse(kept.report_snapshot)) : null,
        reportOptions: kept.report_options ? reportOptionsSchema.parse(JSON.parse(kept.report_options)) : null,
      }
      return { fileName: `${sessionFileStem(session)}.roundtable-session.json`, content: `${JSON.stringify(file, null, 1)}\n` }
    },

    /** Reads a session file: all of it in one transaction, or nothing. */
    importFile(text: string, mode: ImportMode): SessionImport {
      return this.importRead(readSessionFile(text), mode)
    },

    /** Writes a session file already read (by the reading worker): all of it in one transaction, or nothing. */
    importRead(read: SessionFileRead, mode: ImportMode): SessionImport {
      if (!read.ok) return { outcome: 'invalid', problems: read.problems }
      const original = read.file
      const present = statements.exists.get(original.session.id)
      if (present && mode === 'ask') return { outcome: 'exists', sessionId: original.session.id, title: present.title }

      const ids = new Map<string, string>()
      const toAdd = matchInventory(inventory.repository, original, ids)
      if (present && mode === 'copy') {
        ids.set(original.session.id, randomUUID())
        for (const participant of original.participants) ids.set(participant.id, randomUUID())
      }
      const file = renamed(original, ids)
      const services = missingServices(inventory.repository, file.services)
      const known = new Set([...toAdd.map((o) => o.id), ...file.organizations.map((o) => ids.get(o.id) ?? o.id)])
      db.transaction(() => {
        if (present && mode === 'replace') {
          statements.remove.run(original.session.id)
          journal.forget(original.session.id)
        }
        addToInventory(inventory.repository, toAdd, services)
        const { session } = file
        statements.insertSession.run({
          id: session.id,
          scenario_id: session.scenarioId,
          scenario_document: JSON.stringify(file.scenario),
          variables: JSON.stringify(file.variables),
          title: session.title,
          area_number: session.areaNumber,
          session_date: session.date,
          place: session.place,
          facilitator: session.facilitator,
          status: session.status,
          created_at: session.createdAt,
          updated_at: session.updatedAt,
          report_snapshot: file.reportSnapshot ? JSON.stringify(file.reportSnapshot) : null,
          report_options: file.reportOptions ? JSON.stringify(file.reportOptions) : null,
        })
        for (const p of file.participants) {
          statements.insertParticipant.run({
            id: p.id,
            session_id: session.id,
            name: p.name,
            organization_id: p.organizationId && (known.has(p.organizationId) || inventory.repository.getOrganization(p.organizationId)) ? p.organizationId : null,
            organization_name: p.organizationName,
            role: p.role,
            contact: p.contactConsent ? p.contact : '',
            contact_consent: p.contactConsent ? 1 : 0,
            created_at: p.createdAt,
            updated_at: p.updatedAt,
          })
        }
        statements.insertState.run(session.id, JSON.stringify(file.document), clock().toISOString())
      }).immediate()
      return { outcome: 'imported', sessionId: file.session.id, organizationsAdded: toAdd.length, servicesAdded: services.length }
    },
  }
}

export type SessionFiles = ReturnType<typeof createSessionFiles>

