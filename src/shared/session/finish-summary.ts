// What the facilitator is shown before finishing a session: what is still open, so nothing is
// closed by accident — gaps not covered, action items not done, objectives not rated.
import type { NeedAssessment } from '../exercise/gaps'
import type { Scenario } from '../scenario/schema'
import type { SessionDocument } from './document'

export interface FinishSummary {
  needs: number
  gapsOpen: number
  actionItems: number
  actionItemsOpen: number
  objectives: number
  /** The objectives not rated yet, by id (the screen shows their text). */
  unrated: string[]
  captured: number
}

export function finishSummary(scenario: Scenario, document: SessionDocument, assessments: readonly NeedAssessment[]): FinishSummary {
  const rated = new Set(document.evaluations.map((e) => e.objectiveId))
  return {
    needs: assessments.length,
    gapsOpen: assessments.filter((a) => !a.covered).length,
    actionItems: document.actionItems.length,
    actionItemsOpen: document.actionItems.filter((i) => i.status !== 'done').length,
    objectives: scenario.overview.objectives.length,
    unrated: scenario.overview.objectives.filter((o) => !rated.has(o.id)).map((o) => o.id),
    captured: document.entries.length,
  }
}
