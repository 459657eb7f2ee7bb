// Inventory resources that would help close a need's gap, each saying what it closes and what it
// leaves open — and every other resource of the need's category, left out with why (stale, over
// capacity, closed then, wrong language, too slow, elsewhere). Nothing is skipped silently.
import type { Schedule } from '../inventory/schedule'
import {
  assessNeed,
  isStale,
  offer,
  staleBefore,
  respondsInTime,
  startsInTime,
  type GapNeed,
  type GapOptions,
  type GapReason,
  type GapReasonKind,
  type GapResource,
  type NeedAssessment,
} from './gaps'
import { coversAll, describeMask, intersection, isEmptyMask, maskOfSchedule, uncovered, type WeekMask } from './week-mask'

export interface Suggestion {
  resourceId: string
  /** The reasons of the gap this resource would close if linked. */
  closes: GapReasonKind[]
  /** The reasons still open if it were linked too (the warning: "still closed on weekends"). */
  leaves: GapReason[]
}

export type LeftOutWhy =
  | { kind: 'paused' }
  | { kind: 'stale'; lastVerified: string | null }
  | { kind: 'over-capacity' }
  | { kind: 'closed-then'; uncovered: string }
  | { kind: 'wrong-language'; languages: string[] }
  | { kind: 'too-slow'; responseHours: number; hours: number }
  | { kind: 'response-unknown' }
  | { kind: 'closed-until-deadline' }
  | { kind: 'not-serving-area' }
  | { kind: 'closes-nothing' }

export interface LeftOut {
  resourceId: string
  why: LeftOutWhy[]
}

export interface Suggestions {
  suggestions: Suggestion[]
  /** The first of those left out, fewest reasons first. */
  leftOut: LeftOut[]
  /** How many were left out in all. */
  leftOutCount: number
}

/** Resources by category, and by category and area served (citywide ones apart), built once for many look-ups. */
export interface ResourceIndex {
  byCategory: Map<string, GapResource[]>
  byCategoryArea: Map<string, GapResource[]>
  citywideByCategory: Map<string, GapResource[]>
}

export function indexResources(resources: Iterable<GapResource>): ResourceIndex {
  const index: ResourceIndex = { byCategory: new Map(), byCategoryArea: new Map(), citywideByCategory: new Map() }
  const add = (map: Map<string, GapResource[]>, key: string, resource: GapResource) => {
    const list = map.get(key)
    if (list) list.push(resource)
    else map.set(key, [resource])
  }
  for (const resource of resources) {
    add(index.byCategory, resource.category, resource)
    if (resource.citywide) add(index.citywideByCategory, resource.category, resource)
    else for (const area of new Set(resource.areaNumbers)) add(index.byCategoryArea, `${resource.category}|${area}`, resource)
  }
  return index
}

export interface SuggestOptions extends GapOptions {
  maskOf?: (schedule: Schedule) => WeekMask
  /** How many suggestions (5) and left-out resources (20) to give. */
  limit?: number
  leftOutLimit?: number
}

/** What the need already has: its links, its lead and the resources they name. */
export interface NeedContext {
  links: readonly { resourceId: string; amount?: number | undefined; when?: Schedule | undefined; counts?: boolean | undefined }[]
  hasLead: boolean
  resources: ReadonlyMap<string, GapResource>
}

/**
 * Every resource of the need's category not yet linked: suggested when it is active, verified,
 * has room, serves the area and closes at least one reason of the gap; otherwise left out, with
 * every reason why.
 */
export function suggestResources(need: GapNeed, assessment: NeedAssessment, index: ResourceIndex, context: NeedContext, options: SuggestOptions): Suggestions {
  if (assessment.covered) return { suggestions: [], leftOut: [], leftOutCount: 0 }
  const maskOf = options.maskOf ?? maskOfSchedule
  const cutoff = staleBefore(options.today, options.staleMonths ?? 12)
  const wanted = need.when ? maskOf(need.when) : undefined
  const linked = new Set(context.links.map((l) => l.resourceId))
  // Only what is linked (and each candidate in turn) is needed to assess the need again.
  const linkedResources = new Map<string, GapResource>()
  for (const id of linked) {
    const resource = context.resources.get(id)
    if (resource) linkedResources.set(id, resource)
  }
  const leads = new Set(context.hasLead ? [need.id] : [])

  /** Why it is not suggested: what rules it out whatever the gap, then what it would not give this need. */
  const whyNot = (resource: GapResource, ruledOut: LeftOutWhy[]): LeftOutWhy[] => {
    const why = [...ruledOut]
    if (wanted && !coversAll(wanted, maskOf(resource.schedule))) why.push({ kind: 'closed-then', uncovered: '' })
    const missing = need.languages.filter((language) => !resource.languages.includes(language))
    if (missing.length > 0) why.push({ kind: 'wrong-language', languages: missing })
    if (need.deadline && !startsInTime(resource, need.deadline, maskOf)) {
      if (resource.responseHours === null || resource.responseHours === undefined) why.push({ kind: 'response-unknown' })
      else if (!respondsInTime(resource, need.deadline.hours)) why.push({ kind: 'too-slow', responseHours: resource.responseHours, hours: need.deadline.hours })
      else why.push({ kind: 'closed-until-deadline' })
    }
    return why.length > 0 ? why : [{ kind: 'closes-nothing' }]
  }
  const ruledOut = (resource: GapResource): LeftOutWhy[] => {
    const why: LeftOutWhy[] = []
    if (resource.status !== 'active') why.push({ kind: 'paused' })
    if (isStale(resource, cutoff)) why.push({ kind: 'stale', lastVerified: resource.lastVerified })
    if (resource.capacity && (resource.currentLoad ?? 0) >= resource.capacity.amount) why.push({ kind: 'over-capacity' })
    return why
  }

  // A cheap first look: could linking it change any open reason? (Most cannot; those skip the full look.)
  const open = new Set(assessment.reasons.map((r) => r.kind))
  const nothingCounts = assessment.contributingIds.length === 0
  const short = assessment.reasons.find((r): r is Extract<GapReason, { kind: 'capacity-short' }> => r.kind === 'capacity-short')
  const canGive = (resource: GapResource, unit: string, atLeast: number) => {
    const given = offer(resource, undefined, unit)
    return 'amount' in given && given.amount >= atLeast
  }
  const missingLanguages = assessment.reasons.flatMap((r) => (r.kind === 'not-in-language' ? [r.language] : []))
  const mayClose = (resource: GapResource): boolean =>
    nothingCounts ||
    (open.has('not-at-that-time') && wanted !== undefined && !isEmptyMask(intersection(wanted, maskOf(resource.schedule)))) ||
    missingLanguages.some((language) => resource.languages.includes(language)) ||
    ((open.has('too-slow') || open.has('response-unknown') || open.has('closed-until-deadline')) && need.deadline !== undefined && startsInTime(resource, need.deadline, maskOf)) ||
    (short !== undefined && canGive(resource, short.unit, short.short)) ||
    (need.amount !== undefined && open.has('capacity-not-comparable') && canGive(resource, need.amount.unit, 0))

  /** Would it help? Assess the need again with it linked too, and compare: honest by construction. */
  const weigh = (resource: GapResource): Suggestion | undefined => {
    const withIt = assessNeed(need, [...context.links, { resourceId: resource.id }].map((l) => ({ ...l, needId: need.id })), leads, new Map(linkedResources).set(resource.id, resource), { ...options, maskOf })
    const closes = closed(assessment, withIt)
    return closes.length > 0 ? { resourceId: resource.id, closes, leaves: withIt.reasons } : undefined
  }
  /** How well it fits the need on its own, cheaply: in its hours, its languages, in time, with room. */
  const fitOf = (resource: GapResource): number =>
    Number(wanted === undefined || coversAll(wanted, maskOf(resource.schedule))) +
    Number(need.languages.every((language) => resource.languages.includes(language))) +
    Number(need.deadline === undefined || startsInTime(resource, need.deadline, maskOf)) +
    Number(need.amount === undefined || canGive(resource, need.amount.unit, need.amount.value))
  const usable: { resource: GapResource; fit: number }[] = []

  // Those serving the need's area are weighed one by one…
  const suggestions: Suggestion[] = []
  const leftOut: LeftOut[] = []
  const leftOutResources = new Map<string, GapResource>()
  const inArea = new Set<string>()
  for (const resource of [...(index.byCategoryArea.get(`${need.category}|${need.areaNumber}`) ?? []), ...(index.citywideByCategory.get(need.category) ?? [])]) {
    if (inArea.has(resource.id)) continue
    inArea.add(resource.id)
    if (linked.has(resource.id)) continue
    const out = ruledOut(resource)
    if (out.length === 0 && nothingCounts) {
      // Nothing counts yet: any usable resource of its kind gives it one. The best fits are weighed in full below.
      usable.push({ resource, fit: fitOf(resource) })
      continue
    }
    if (out.length === 0 && mayClose(resource)) {
      const suggestion = weigh(resource)
      if (suggestion) {
        suggestions.push(suggestion)
        continue
      }
    }
    leftOut.push({ resourceId: resource.id, why: whyNot(resource, out) })
    leftOutResources.set(resource.id, resource)
  }
  const limit = options.limit ?? 5
  usable.sort((a, b) => b.fit - a.fit)
  for (const { resource } of usable.slice(0, limit)) suggestions.push(weigh(resource)!)
  leftOut.sort((a, b) => a.why.length - b.why.length)
  const leftOutInArea = leftOut.length
  // …then those elsewhere, counted all and named while there is room.
  const leftOutLimit = options.leftOutLimit ?? 20
  const ofCategory = index.byCategory.get(need.category) ?? []
  let linkedElsewhere = 0
  for (const id of linked) if (!inArea.has(id) && context.resources.get(id)?.category === need.category) linkedElsewhere++
  const elsewhere = ofCategory.length - inArea.size - linkedElsewhere
  for (let i = 0; i < ofCategory.length && leftOut.length < leftOutLimit; i++) {
    const resource = ofCategory[i]!
    if (inArea.has(resource.id) || linked.has(resource.id)) continue
    leftOut.push({ resourceId: resource.id, why: whyNot(resource, [...ruledOut(resource), { kind: 'not-serving-area' }]) })
    leftOutResources.set(resource.id, resource)
  }
  suggestions.sort((a, b) => b.closes.length - a.closes.length || a.leaves.length - b.leaves.length)
  const shown = leftOut.slice(0, leftOutLimit).map((item) => ({ ...item, why: item.why.map((why) => (why.kind === 'closed-then' ? describedClosed(item.resourceId) : why)) }))
  return { suggestions: suggestions.slice(0, limit), leftOut: shown, leftOutCount: leftOutInArea + elsewhere }

  /** The hours it misses, worded only for the resources shown. */
  function describedClosed(resourceId: string): LeftOutWhy {
    const resource = leftOutResources.get(resourceId)!
    return { kind: 'closed-then', uncovered: describeMask(uncovered(wanted!, maskOf(resource.schedule))) }
  }
}

/**
 * What linking a resource would close: the kinds of reason gone after, fewer languages missing,
 * and — when nothing counted for the need before and it does after — "no resource" (of its kind).
 */
function closed(before: NeedAssessment, after: NeedAssessment): GapReasonKind[] {
  const left = new Set(after.reasons.map((r) => r.kind))
  const closes = [...new Set(before.reasons.map((r) => r.kind))].filter((kind) => !left.has(kind))
  const missingLanguages = (a: NeedAssessment) => a.reasons.filter((r) => r.kind === 'not-in-language').length
  if (left.has('not-in-language') && missingLanguages(after) < missingLanguages(before)) closes.push('not-in-language')
  if (before.contributingIds.length === 0 && after.contributingIds.length > 0 && !closes.includes('no-resource')) closes.unshift('no-resource')
  return closes
}
