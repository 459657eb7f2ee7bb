// The after-action / gap report of a session, as data: every section worded in the chosen
// language, built from the session, its document and its snapshot. Pure: the HTML, the
// spreadsheets and the command line all read this one model.
import { areaNumberOf } from '../scenario/schema'
import { COMMUNITY_AREA_SEEDS } from '../community-area-list'
import { formatMessage } from '../i18n/format'
import type { Language, MessageKey, MessageValues } from '../i18n/catalog'
import { categoryLabelIn, kindLabelIn, roleSelector } from '../i18n/taxonomy-words'
import { reasonMessage, word, type ReasonWords } from '../exercise/reason-words'
import type { GapReason } from '../exercise/gaps'
import { preventionNeeds } from '../exercise/session-needs'
import { languageLabel } from '../inventory/languages'
import { hoursIn } from '../inventory/schedule'
import { calendarDayWords } from '../i18n/calendar-day'
import { storyTimeLabel } from '../scenario/story-clock'
import { fillVariables } from '../session/model'
import { nodeIdOf, refIdOf } from '../session/graph'
import type { ReportInput } from './input'
import type { ReportOptions, ReportSection } from './options'
import { reportMap, type ReportMap } from './map-model'

export interface ReportEntry {
  kind: ReportInput['document']['entries'][number]['kind']
  kindLabel: string
  text: string
  /** The time it was said, in the session's time zone ("7:42 PM"). */
  time: string
  organization?: string
  objective?: string
}

export interface ReportGap {
  number: number
  needId: string
  need: string
  category: string
  area: string
  urgency: string
  reasons: string[]
  suggested: string[]
  lead: string
}

export interface ReportPlanItem {
  action: string
  owner: string
  contact: string
  element: string
  start: string
  due: string
  priority: string
  status: string
}

export interface Report {
  language: Language
  sections: readonly ReportSection[]
  title: string
  scenarioTitle: string
  running: boolean
  asOf: string
  overview: {
    area: string
    place: string
    date: string
    facilitator: string
    summary: string
    participantsLine: string
    byKind: { kind: string; organizations: { name: string; people: string[] }[] }[]
  }
  objectives: { number: number; text: string; rating: string; reason: string }[]
  timeline: { title: string; storyTime: string; entries: ReportEntry[]; injects: { title: string; from: string; time: string; text: string; notes: string; expected: string[]; entries: ReportEntry[] }[] }[]
  map: ReportMap
  gapsLine: string
  gaps: ReportGap[]
  committed: { resource: string; organization: string; need: string; amount: string; hours: string }[]
  analysis: { objective: string; strengths: ReportEntry[]; improvements: ReportEntry[] }[]
  plan: ReportPlanItem[]
  parkingLot: ReportEntry[]
  prevention: { line: string; open: string[] }
  appendix: { organization: string; kind: string; people: { name: string; role: string; contact: string }[] }[]
}

const AREA_NAMES = new Map(COMMUNITY_AREA_SEEDS.map((a) => [a.number, a.name]))

export function buildReport(input: ReportInput, options: ReportOptions, timeZone = 'America/Chicago'): Report {
  const { language } = options
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(language, key, values)
  const { session, scenario, document, snapshot } = input
  const fill = (text: string) => fillVariables(text, input.variables)
  const dayWords = calendarDayWords(language, 'long')
  const timeWords = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone })
  const list = new Intl.ListFormat(language, { type: 'conjunction' })
  const organizations = new Map(snapshot.organizations.map((o) => [o.id, o]))
  const resources = new Map(snapshot.resources.map((r) => [r.id, r]))
  const organizationName = (id: string | null | undefined) => (id ? (organizations.get(id)?.name ?? '') : '')
  // The words kept in the snapshot, so a category deleted since still reads as it did.
  const category = (id: string) => snapshot.categories[id]?.[language] ?? categoryLabelIn(language, id)
  const areaName = (reference: string | number) => AREA_NAMES.get(areaNumberOf(reference) ?? -1) ?? String(reference)
  const objectives = new Map(scenario.overview.objectives.map((o) => [o.id, fill(o.text)]))
  const needs = new Map(scenario.modules.flatMap((m) => m.needs).map((n) => [n.id, n]))
  const entry = (e: ReportInput['document']['entries'][number]): ReportEntry => ({
    kind: e.kind,
    kindLabel: t('console.capture.kindName', { kind: e.kind }),
    text: e.text,
    time: timeWords.format(new Date(e.at)),
    ...(e.organizationId && organizations.has(e.organizationId) ? { organization: organizationName(e.organizationId) } : {}),
    ...(e.objectiveId && objectives.has(e.objectiveId) ? { objective: objectives.get(e.objectiveId)! } : {}),
  })

  // Participants, grouped by the kind of organization they came for.
  const groups = new Map<string, Map<string, string[]>>()
  for (const person of input.participants) {
    const kind = person.organizationId ? (organizations.get(person.organizationId)?.kind ?? 'other') : ''
    const organization = person.organizationId ? person.organizationName : t('report.noOrganization')
    const byOrganization = groups.get(kind) ?? groups.set(kind, new Map()).get(kind)!
    byOrganization.set(organization, [...(byOrganization.get(organization) ?? []), person.name])
  }
  const named = options.people === 'names'
  const byKind = [...groups.entries()]
    .map(([kind, byOrganization]) => ({
      kind: kind === '' ? t('report.noOrganization') : kindLabelIn(language, kind),
      organizations: [...byOrganization.entries()].map(([name, people]) => ({ name, people: named ? people : [] })).sort((a, b) => a.name.localeCompare(b.name, language)),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind, language))
  const organizationCount = new Set(input.participants.map((p) => p.organizationId).filter(Boolean)).size

  // Objectives: the last rating given, and why.
  const ratings = new Map(document.evaluations.map((e) => [e.objectiveId, e]))
  const objectiveRows = scenario.overview.objectives.map((o, i) => {
    const rated = ratings.get(o.id)
    return { number: i + 1, text: fill(o.text), rating: t('report.rating', { rating: rated?.rating ?? 'none' }), reason: rated?.reason ?? '' }
  })

  // The timeline: modules reached, with what the room said under each inject as it was revealed.
  const reached = new Set([...document.revealed.map((r) => r.moduleId), ...document.entries.map((e) => e.moduleId).filter(Boolean), document.currentModuleId])
  const told = (e: ReportInput['document']['entries'][number]) => e.kind === 'note' || e.kind === 'decision' || e.kind === 'observation'
  const timeline = scenario.modules
    .filter((m) => reached.has(m.id))
    .map((module) => ({
      title: fill(module.title),
      storyTime: storyTimeLabel(module.storyTime, language) ?? '',
      entries: document.entries.filter((e) => told(e) && e.moduleId === module.id && !e.injectId).map(entry),
      injects: document.revealed
        .filter((r) => r.moduleId === module.id)
        .flatMap((r) => {
          const inject = module.injects.find((i) => i.id === r.injectId)
          if (!inject) return []
          return [
            {
              title: fill(inject.title),
              from: inject.from ? fill(inject.from) : '',
              time: timeWords.format(new Date(r.at)),
              text: fill(inject.text),
              notes: options.facilitatorNotes && inject.facilitatorNotes ? fill(inject.facilitatorNotes) : '',
              expected: options.facilitatorNotes ? (inject.expectedActions ?? []).map(fill) : [],
              entries: document.entries.filter((e) => told(e) && e.moduleId === module.id && e.injectId === inject.id).map(entry),
            },
          ]
        }),
    }))
  const unplaced = document.entries.filter((e) => told(e) && !e.moduleId)
  if (unplaced.length > 0) timeline.unshift({ title: t('report.beforeModules'), storyTime: '', entries: unplaced.map(entry), injects: [] })

  // Gaps, in the engine's order (most urgent first), every reason in plain words.
  const words: ReasonWords = {
    resource: (id) => resources.get(id)?.name ?? id,
    category,
    language: (code) => languageLabel(code, language),
    hours: (described) => hoursIn(described, language),
    t,
    list: (items) => list.format(items),
  }
  const leads = (needId: string) =>
    list.format(document.graph.edges.filter((e) => e.kind === 'leads' && e.target === nodeIdOf('need', needId)).map((e) => organizationName(refIdOf(e.source))).filter(Boolean))
  const gaps = snapshot.assessments
    .filter((a) => !a.covered)
    .map((assessment, index): ReportGap => {
      const need = needs.get(assessment.needId)
      return {
        number: index + 1,
        needId: assessment.needId,
        need: need ? fill(need.description) : assessment.needId,
        category: need ? category(need.category) : '',
        area: need ? areaName(need.communityArea) : '',
        urgency: t('report.urgency', { urgency: assessment.urgency }),
        reasons: assessment.reasons.map((reason) => word(reasonMessage(reason as GapReason, words), words)),
        suggested: (snapshot.suggestions[assessment.needId] ?? []).map((s) => (s.organizationName ? `${s.name} (${s.organizationName})` : s.name)),
        lead: leads(assessment.needId),
      }
    })

  const committed = document.graph.edges
    .filter((e) => e.kind === 'covers')
    .map((e) => {
      const resource = resources.get(refIdOf(e.source))
      const need = needs.get(refIdOf(e.target))
      return {
        resource: resource?.name ?? '',
        organization: organizationName(resource?.organizationId),
        need: need ? fill(need.description) : '',
        amount: e.amount !== undefined ? t('report.committedAmount', { amount: e.amount, unit: need?.amount?.unit ?? '' }).trim() : '',
        hours: e.when ?? '',
      }
    })

  const analysisGroups = [...scenario.overview.objectives.map((o) => o.id), '']
    .map((objectiveId) => ({
      objective: objectiveId === '' ? t('report.notTied') : objectives.get(objectiveId)!,
      strengths: document.entries.filter((e) => e.kind === 'strength' && (e.objectiveId ?? '') === objectiveId).map(entry),
      improvements: document.entries.filter((e) => e.kind === 'improvement' && (e.objectiveId ?? '') === objectiveId).map(entry),
    }))
    .filter((group) => group.strengths.length + group.improvements.length > 0)

  const plan = document.actionItems.map(
    (item): ReportPlanItem => ({
      action: item.what,
      owner: organizationName(item.ownerOrganizationId) || item.ownerName,
      contact: item.pointOfContact ?? (item.ownerOrganizationId ? item.ownerName : ''),
      element: item.capabilityElement ? t('report.capability', { element: item.capabilityElement }) : '',
      start: item.start ?? '',
      due: item.due ?? '',
      priority: t('report.priority', { priority: item.priority }),
      status: t('report.status', { status: item.status === 'in-progress' ? 'inProgress' : item.status }),
    }),
  )

  const prevention = preventionNeeds(scenario)
  const coveredIds = new Set(snapshot.assessments.filter((a) => a.covered).map((a) => a.needId))
  const preventionView = {
    line:
      prevention.length === 0
        ? t('report.prevention.none')
        : t('report.prevention.summary', { covered: prevention.filter((n) => coveredIds.has(n.id)).length, needs: prevention.length }),
    open: prevention.filter((n) => !coveredIds.has(n.id)).map((n) => fill(n.description)),
  }

  const appendix = [...new Set(input.participants.map((p) => p.organizationId ?? ''))]
    .map((organizationId) => {
      const people = input.participants.filter((p) => (p.organizationId ?? '') === organizationId)
      return {
        organization: organizationId ? people[0]!.organizationName : t('report.noOrganization'),
        kind: organizationId ? kindLabelIn(language, organizations.get(organizationId)?.kind ?? 'other') : '',
        people: people.map((p) => ({
          name: named ? p.name : '',
          role: t('report.role', { role: roleSelector(p.role) }),
          contact: options.contacts && p.contactConsent ? p.contact : '',
        })),
      }
    })
    .sort((a, b) => a.organization.localeCompare(b.organization, language))

  return {
    language,
    sections: options.sections,
    title: session.title,
    scenarioTitle: fill(scenario.overview.title),
    running: session.status !== 'finished',
    asOf: dayWords(snapshot.today),
    overview: {
      area: AREA_NAMES.get(session.areaNumber) ?? String(session.areaNumber),
      place: session.place,
      date: dayWords(session.date),
      facilitator: session.facilitator,
      summary: fill(scenario.overview.summary),
      participantsLine: t('report.participantsCount', { people: input.participants.length, organizations: organizationCount }),
      byKind,
    },
    objectives: objectiveRows,
    timeline,
    map: reportMap(input, { needLabel: (id) => (needs.get(id) ? fill(needs.get(id)!.description) : id) }),
    gapsLine: gaps.length === 0 ? t('report.noGaps') : t('report.gapsSummary', { gaps: gaps.length, needs: snapshot.assessments.length }),
    gaps,
    committed,
    analysis: analysisGroups,
    plan,
    parkingLot: document.entries.filter((e) => e.kind === 'parking-lot').map(entry),
    prevention: preventionView,
    appendix,
  }
}
