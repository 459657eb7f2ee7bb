// A finished session keeps the snapshot its report is built from (the organizations, resources and
// gap analysis as they stood when it finished), and each session remembers the report choices
// made for it (language, sections, names or organizations, facilitator notes).
import type { Migration } from '../migration'

export const migration0010ReportSnapshot: Migration = {
  version: 10,
  name: 'report-snapshot',
  up(db) {
    db.exec(`
      ALTER TABLE exercise_session ADD COLUMN report_snapshot TEXT;
      ALTER TABLE exercise_session ADD COLUMN report_options TEXT;
    `)
  },
}
