// Exercise sessions: created from a scenario, listed by status, resumed at any time; sign-in.
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import { formatMessage } from '../../../shared/i18n/format'
import { appLanguage } from '../app/language-setting'
import type { Scenario } from '../../../shared/scenario/schema'
import {
  fillVariables,
  type Participant,
  type ParticipantDraft,
  type SessionDraft,
  type SessionSummary,
} from '../../../shared/session/model'
import { canMoveTo, isEditable } from '../../../shared/session/status'
import type { InventoryService } from '../inventory'
import type { ScenarioLibrary } from '../scenarios'
import { readStoredScenario } from '../../../shared/scenario/upgrade'

interface SessionRow {
  id: string
  scenario_id: string
  scenario_document: string
  variables: string
  title: string
  area_number: number
  session_date: string
  place: string
  facilitator: string
  status: SessionSummary['status']
  created_at: string
  updated_at: string
  participant_count: number
}

interface ParticipantRow {
  id: string
  session_id: string
  name: string
  organization_id: string | null
  organization_name: string
  role: Participant['role']
  contact: string
  contact_consent: number
  created_at: string
  updated_at: string
}

const summaryOf = (row: SessionRow): SessionSummary => ({
  id: row.id,
  scenarioId: row.scenario_id,
  title: row.title,
  areaNumber: row.area_number,
  date: row.session_date,
  place: row.place,
  facilitator: row.facilitator,
  status: row.status,
  participantCount: row.participant_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const participantOf = (row: ParticipantRow): Participant => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  role: row.role,
  contact: row.contact,
  contactConsent: row.contact_consent === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const SELECT = `SELECT s.*, (SELECT count(*) FROM session_participant p WHERE p.session_id = s.id) AS participant_count FROM exercise_session s`

export type SessionService = ReturnType<typeof createSessionService>

export function createSessionService(db: Database.Database, scenarios: ScenarioLibrary, inventory: InventoryService, clock: () => Date = () => new Date()) {
  const statements = {
    insert: db.prepare(`INSERT INTO exercise_session (id, scenario_id, scenario_document, variables, title, area_number, session_date, place, facilitator, status, created_at, updated_at)
      VALUES (@id, @scenario_id, @scenario_document, @variables, @title, @area_number, @session_date, @place, @facilitator, 'planned', @now, @now)`),
    byId: db.prepare<[string], SessionRow>(`${SELECT} WHERE s.id = ?`),
    all: db.prepare<[], SessionRow>(`${SELECT} ORDER BY s.session_date DESC, s.created_at DESC`),
    setStatus: db.prepare<[string, string, string]>('UPDATE exercise_session SET status = ?, updated_at = ? WHERE id = ?'),
    participants: db.prepare<[string], ParticipantRow>('SELECT * FROM session_participant WHERE session_id = ? ORDER BY created_at, name'),
    insertParticipant: db.prepare(`INSERT INTO session_participant (id, session_id, name, organization_id, organization_name, role, contact, contact_consent, created_at, updated_at)
      VALUES (@id, @session_id, @name, @organization_id, @organization_name, @role, @contact, @contact_consent, @now, @now)`),
    participantById: db.prepare<[string], ParticipantRow>('SELECT * FROM session_participant WHERE id = ?'),
    deleteParticipant: db.prepare<[string]>('DELETE FROM session_participant WHERE id = ?'),
    touch: db.prepare<[string, string]>('UPDATE exercise_session SET updated_at = ? WHERE id = ?'),
  }

  function get(id: string): { session: SessionSummary; scenario: Scenario; variables: Record<string, string>; participants: Participant[] } {
    const row = statements.byId.get(id)
    if (!row) throw new AppError('NOT_FOUND', 'error.session.notFound')
    return {
      session: summaryOf(row),
      scenario: readStoredScenario(row.scenario_document),
      variables: JSON.parse(row.variables) as Record<string, string>,
      participants: statements.participants.all(id).map(participantOf),
    }
  }

  /** A session whose record may change: there, and not finished. */
  function editableSession(id: string): SessionRow {
    const row = statements.byId.get(id)
    if (!row) throw new AppError('NOT_FOUND', 'error.session.notFound')
    if (!isEditable(row.status)) throw new AppError('CONFLICT', 'error.session.finished')
    return row
  }

  return {
    get,

    create(draft: SessionDraft): SessionSummary {
      const { scenario } = scenarios.get(draft.scenarioId)
      const id = randomUUID()
      statements.insert.run({
        id,
        scenario_id: scenario.id,
        scenario_document: JSON.stringify(scenario),
        variables: JSON.stringify(draft.variables),
        title: fillVariables(scenario.overview.title, draft.variables),
        area_number: draft.areaNumber,
        session_date: draft.date,
        place: draft.place,
        facilitator: draft.facilitator,
        now: clock().toISOString(),
      })
      return summaryOf(statements.byId.get(id)!)
    },

    list(status?: SessionSummary['status']): SessionSummary[] {
      return statements.all.all().map(summaryOf).filter((s) => status === undefined || s.status === status)
    },

    setStatus(id: string, status: SessionSummary['status']): SessionSummary {
      const row = statements.byId.get(id)
      if (!row) throw new AppError('NOT_FOUND', 'error.session.notFound')
      if (!canMoveTo(row.status, status)) throw new AppError('CONFLICT', 'error.session.statusMove', { from: row.status, to: status })
      statements.setStatus.run(status, clock().toISOString(), id)
      return summaryOf(statements.byId.get(id)!)
    },

    /** Signs a person in; a new organization is added to the inventory so the graph can use it. */
    addParticipant(draft: ParticipantDraft): Participant {
      editableSession(draft.sessionId)
      let organizationId: string | null = null
      let organizationName = ''
      if (draft.organizationId) {
        const organization = inventory.repository.getOrganization(draft.organizationId)
        if (!organization) throw new AppError('NOT_FOUND', 'error.organization.notFound')
        organizationId = organization.id
        organizationName = organization.name
      } else if (draft.newOrganization) {
        const organization = inventory.saveOrganization({
          name: draft.newOrganization.name,
          kind: draft.newOrganization.kind,
          description: '',
          contactPerson: '',
          phone: '',
          email: '',
          languages: [],
          areaNumbers: [],
          citywide: false,
          // The note is stored, so it is worded once, in the app's language at sign-in ('system' reads as English: services never see the OS's languages).
          notes: formatMessage(appLanguage(db), 'sessions.organizationAddedAtSignIn'),
        })
        organizationId = organization.id
        organizationName = organization.name
      }
      const id = randomUUID()
      const now = clock().toISOString()
      db.transaction(() => {
        statements.insertParticipant.run({
          id,
          session_id: draft.sessionId,
          name: draft.name,
          organization_id: organizationId,
          organization_name: organizationName,
          role: draft.role,
          contact: draft.contactConsent ? draft.contact : '',
          contact_consent: draft.contactConsent ? 1 : 0,
          now,
        })
        statements.touch.run(now, draft.sessionId)
      }).immediate()
      return participantOf(statements.participantById.get(id)!)
    },

    removeParticipant(id: string): Participant {
      const row = statements.participantById.get(id)
      if (!row) throw new AppError('NOT_FOUND', 'error.participant.notFound')
      editableSession(row.session_id)
      statements.deleteParticipant.run(id)
      return participantOf(row)
    },
  }
}
