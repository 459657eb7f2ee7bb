// A running session read as the gap engine's inputs: the needs the room has reached, the
// coverage and leads the room linked on the map, and each need in the engine's terms. The
// console's map, the presenter view and the reports all assess gaps through these.
import { parseLanguage } from '../inventory/languages'
import { parseSchedule } from '../inventory/schedule'
import { areaNumberOf, type Need, type Scenario } from '../scenario/schema'
import { MINUTES_PER_WEEK } from '../scenario/story-clock'
import { needDeadlines, storyTimeline, type NeedDeadline } from '../scenario/story-timeline'
import type { SessionDocument } from '../session/document'
import { refIdOf } from '../session/graph'
import { analyzeGaps, type Coverage, type GapNeed, type GapResource, type Lead, type NeedAssessment } from './gaps'

/** A scenario need as the gap engine reads it (a need without an area is the session's). */
export function gapNeedOf(need: Need, sessionAreaNumber: number, deadline?: NeedDeadline): GapNeed {
  const when = need.when === undefined ? undefined : parseSchedule(need.when)
  return {
    id: need.id,
    category: need.category,
    areaNumber: areaNumberOf(need.communityArea) ?? sessionAreaNumber,
    // A window the schema accepted always reads; should one not, the need is not held to hours.
    when: when?.ok ? when.value : undefined,
    // A deadline that cannot be counted is an error in the scenario, never a guess here.
    deadline: deadline && 'hours' in deadline ? deadline : undefined,
    languages: [...new Set((need.languages ?? []).map((language) => parseLanguage(language) ?? language))],
    amount: need.amount,
    urgency: need.urgency,
  }
}

/** The scenario's needs as the gap engine reads them, each with its deadline on the story clock. */
export function gapNeedsOf(scenario: Scenario, needs: readonly Need[], sessionAreaNumber: number): GapNeed[] {
  const timeline = storyTimeline(scenario)
  const deadlines = needDeadlines(scenario, timeline)
  // When the story clock says when a need arises, opening hours are checked against its deadline too.
  const arises = new Map(scenario.modules.flatMap((module) => module.needs.map((need) => [need.id, timeline.modules.get(module.id)?.at] as const)))
  return needs.map((need) => {
    const gapNeed = gapNeedOf(need, sessionAreaNumber, deadlines.get(need.id))
    const at = arises.get(need.id)
    return gapNeed.deadline && at !== undefined ? { ...gapNeed, deadline: { ...gapNeed.deadline, arisesAt: at % MINUTES_PER_WEEK } } : gapNeed
  })
}

/**
 * The needs the room has reached: those of the modules up to the current one (not the later
 * ones yet), and always those of pre-incident modules, so prevention stays in view.
 */
export function needsReached(scenario: Scenario, currentModuleId: string | undefined): Need[] {
  const index = Math.max(0, scenario.modules.findIndex((m) => m.id === currentModuleId))
  return scenario.modules.filter((m, i) => i <= index || m.phase === 'pre-incident').flatMap((m) => m.needs)
}

/** The needs of the scenario's pre-incident modules: the prevention view. */
export function preventionNeeds(scenario: Scenario): Need[] {
  return scenario.modules.filter((m) => m.phase === 'pre-incident').flatMap((m) => m.needs)
}

/** The resources the room linked to needs ("covers"), with what each link commits. */
export function coveragesOf(document: SessionDocument): Coverage[] {
  return document.graph.edges
    .filter((e) => e.kind === 'covers')
    .map((e) => {
      const when = e.when ? parseSchedule(e.when) : undefined
      return { resourceId: refIdOf(e.source), needId: refIdOf(e.target), amount: e.amount, when: when?.ok ? when.value : undefined, counts: e.counts }
    })
}

/** The organizations the room said lead the response to a need. */
export function leadsOf(document: SessionDocument): Lead[] {
  return document.graph.edges.filter((e) => e.kind === 'leads').map((e) => ({ organizationId: refIdOf(e.source), needId: refIdOf(e.target) }))
}

export interface SessionGaps {
  needs: Need[]
  coverages: Coverage[]
  leads: Lead[]
  /** Gaps first, most urgent first; covered needs last. */
  assessments: NeedAssessment[]
}

/** Every need the room has reached, assessed against what the room linked to it. */
export function assessSession(
  scenario: Scenario,
  document: SessionDocument,
  areaNumber: number,
  resources: ReadonlyMap<string, GapResource>,
  today: string,
): SessionGaps {
  const needs = needsReached(scenario, document.currentModuleId)
  const coverages = coveragesOf(document)
  const leads = leadsOf(document)
  const assessments = analyzeGaps(
    gapNeedsOf(scenario, needs, areaNumber),
    coverages,
    leads,
    resources,
    { today },
  )
  return { needs, coverages, leads, assessments }
}
