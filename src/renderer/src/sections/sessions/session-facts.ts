// A session as its screens read it (its summary, its scenario snapshot, its variables and who
// signed in), and the line of facts under its title.
import type { Scenario } from '../../../../shared/scenario/schema'
import type { Participant, SessionSummary } from '../../../../shared/session/model'
import type { Translate } from '../../i18n/use-t'

export interface LoadedSession {
  session: SessionSummary
  scenario: Scenario
  variables: Record<string, string>
  participants: Participant[]
}

/** "Oct 3, 2026 · West Garfield Park · Garfield Park fieldhouse · facilitated by Ana Ruiz" (the day in the reader's words). */
export function sessionFacts(session: SessionSummary, areaName: string | undefined, t: Translate, day: (day: string) => string): string {
  return [day(session.date), areaName ?? String(session.areaNumber), session.place, session.facilitator ? t('session.facilitatedBy', { name: session.facilitator }) : '']
    .filter(Boolean)
    .join(' · ')
}
