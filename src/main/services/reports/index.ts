// Session reports: what a report is built from (the session, its document and its snapshot), the
// snapshot a finished session keeps, and the report choices remembered per session.
import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import { reportInputSchema, type ReportInput } from '../../../shared/report/input'
import { reportOptionsSchema, type ReportOptions } from '../../../shared/report/options'
import { reportSnapshotSchema, type ReportSnapshot } from '../../../shared/report/snapshot'
import type { InventoryService } from '../inventory'
import type { SessionService } from '../sessions'
import type { SessionJournal } from '../sessions/journal'
import { takeSnapshot } from './snapshot'

export type ReportService = ReturnType<typeof createReportService>

export function createReportService(db: Database.Database, sessions: SessionService, journal: SessionJournal, inventory: InventoryService, clock: () => Date = () => new Date()) {
  const statements = {
    snapshot: db.prepare<[string], { report_snapshot: string | null; report_options: string | null }>('SELECT report_snapshot, report_options FROM exercise_session WHERE id = ?'),
    keep: db.prepare<[string | null, string]>('UPDATE exercise_session SET report_snapshot = ? WHERE id = ?'),
    saveOptions: db.prepare<[string, string]>('UPDATE exercise_session SET report_options = ? WHERE id = ?'),
  }

  function snapshotNow(sessionId: string): ReportSnapshot {
    const { session, scenario, participants } = sessions.get(sessionId)
    return takeSnapshot(inventory, { scenario, document: journal.current(sessionId).document, areaNumber: session.areaNumber, participants }, clock())
  }

  return {
    /** Called as a session finishes: from now on its report reads this, not the live inventory. */
    keepSnapshot(sessionId: string): void {
      statements.keep.run(JSON.stringify(snapshotNow(sessionId)), sessionId)
    },

    /** Called as a finished session is reopened: its report reads live data again. */
    dropSnapshot(sessionId: string): void {
      statements.keep.run(null, sessionId)
    },

    input(sessionId: string): ReportInput {
      const { session, scenario, variables, participants } = sessions.get(sessionId)
      const kept = statements.snapshot.get(sessionId)?.report_snapshot
      const snapshot = kept ? reportSnapshotSchema.parse(JSON.parse(kept)) : snapshotNow(sessionId)
      return reportInputSchema.parse({ session, scenario, variables, participants, document: journal.current(sessionId).document, snapshot, kept: Boolean(kept) })
    },

    options(sessionId: string): ReportOptions | null {
      const row = statements.snapshot.get(sessionId)
      if (!row) throw new AppError('NOT_FOUND', 'error.session.notFound')
      if (!row.report_options) return null
      const parsed = reportOptionsSchema.safeParse(JSON.parse(row.report_options))
      return parsed.success ? parsed.data : null
    },

    saveOptions(sessionId: string, options: ReportOptions): ReportOptions {
      if (statements.saveOptions.run(JSON.stringify(options), sessionId).changes === 0) throw new AppError('NOT_FOUND', 'error.session.notFound')
      return options
    },
  }
}
