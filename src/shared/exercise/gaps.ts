// Gap analysis: is each need of an exercise covered by the resources the room linked to it,
// and if not, every reason why — plus the inventory resources that would close each gap.
// Pure: no store, no UI; the session console and the reports both call it.
import type { Capacity } from '../inventory/model'
import type { Schedule } from '../inventory/schedule'
import { textKey } from '../text-key'
import { describeMask, emptyMask, hasBit, intersection, isEmptyMask, maskOfSchedule, unionInto, uncovered, type WeekMask } from './week-mask'

export const URGENCY_ORDER = ['critical', 'high', 'medium', 'low'] as const
export type Urgency = (typeof URGENCY_ORDER)[number]

export interface GapNeed {
  id: string
  category: string
  areaNumber: number
  /** The weekly window it is needed in; none = no particular hours. */
  when?: Schedule | undefined
  /**
   * Resources must be able to start within `hours` of when the need arises; `text` is how the
   * scenario said it ("within 48 hours of inject 2.2", "tonight").
   */
  deadline?: Deadline | undefined
  /** ISO codes; every one must be served by a resource that counts. Empty = any language. */
  languages: readonly string[]
  amount?: { value: number; unit: string } | undefined
  urgency: Urgency
}

/** By when help must start: hours from when the need arises, the scenario's words, and — when the story clock says — the minute of the week it arises (Monday 00:00 = 0), to check opening hours too. */
export interface Deadline {
  hours: number
  text: string
  arisesAt?: number | undefined
}

export interface GapResource {
  id: string
  category: string
  status: 'active' | 'paused' | 'ended'
  citywide: boolean
  areaNumbers: readonly number[]
  schedule: Schedule
  languages: readonly string[]
  capacity: Capacity | null
  currentLoad: number | null
  lastVerified: string | null
  /** Hours until it can start helping (0 = at once); null or absent = unknown. */
  responseHours?: number | null | undefined
}

/**
 * A resource linked to a need ("covers"), with the amount committed in the need's unit and the
 * hours it is committed for, when the room said so (else its capacity and opening hours count).
 */
export interface Coverage {
  resourceId: string
  needId: string
  amount?: number | undefined
  when?: Schedule | undefined
  /** The facilitator said this resource of another category counts for the need. */
  counts?: boolean | undefined
}

/** An organization that leads the response to a need. */
export interface Lead {
  organizationId: string
  needId: string
}

export type GapReason =
  | { kind: 'no-resource' }
  | { kind: 'no-lead' }
  | { kind: 'capacity-short'; short: number; unit: string }
  | { kind: 'capacity-not-comparable'; needUnit: string; resourceUnits: string[] }
  | { kind: 'not-at-that-time'; uncovered: string }
  | { kind: 'not-in-language'; language: string }
  | { kind: 'other-category'; needCategory: string; resourceIds: string[] }
  | { kind: 'too-slow'; hours: number; deadline: string; resources: { id: string; responseHours: number }[] }
  | { kind: 'response-unknown'; deadline: string; resourceIds: string[] }
  | { kind: 'closed-until-deadline'; deadline: string; resourceIds: string[] }
  | { kind: 'not-serving-area'; resourceIds: string[] }
  | { kind: 'resource-paused'; resourceIds: string[] }
  | { kind: 'resource-stale'; resourceIds: string[] }

export type GapReasonKind = GapReason['kind']

export interface NeedAssessment {
  needId: string
  urgency: Urgency
  covered: boolean
  reasons: GapReason[]
  /** The linked resources that count toward the need (active, serving its area). */
  contributingIds: string[]
}

export interface GapOptions {
  /** Today, as YYYY-MM-DD; a resource not verified within staleMonths of it is stale. */
  today: string
  staleMonths?: number
}

/** "Families" and "family", "People" and "people": units compared by their folded singular. */
export function unitKey(unit: string): string {
  const key = textKey(unit)
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`
  if (key === 'people') return 'person'
  return key.endsWith('s') ? key.slice(0, -1) : key
}

/** Remembers the week mask of each schedule (by object, then by content: thousands of resources share a few). */
export function createMaskCache(): (schedule: Schedule) => WeekMask {
  const byObject = new WeakMap<Schedule, WeekMask>()
  const byContent = new Map<string, WeekMask>()
  return (schedule) => {
    let mask = byObject.get(schedule)
    if (mask) return mask
    const key = JSON.stringify(schedule)
    mask = byContent.get(key)
    if (!mask) {
      mask = maskOfSchedule(schedule)
      byContent.set(key, mask)
    }
    byObject.set(schedule, mask)
    return mask
  }
}

const staleCutoffs = new Map<string, string>()

/** The date before which a resource counts as not verified lately (remembered: asked for every assessment). */
export function staleBefore(today: string, months: number): string {
  const key = `${today}|${months}`
  let cutoff = staleCutoffs.get(key)
  if (cutoff === undefined) {
    const date = new Date(`${today}T00:00:00Z`)
    date.setUTCMonth(date.getUTCMonth() - months)
    cutoff = date.toISOString().slice(0, 10)
    if (staleCutoffs.size > 100) staleCutoffs.clear()
    staleCutoffs.set(key, cutoff)
  }
  return cutoff
}

export function servesArea(resource: GapResource, areaNumber: number): boolean {
  return resource.citywide || resource.areaNumbers.includes(areaNumber)
}

/** What a resource can give a need, in the need's unit: committed, else its spare capacity. */
export function offer(resource: GapResource, coverage: Coverage | undefined, needUnit: string): { amount: number } | { notComparable: string } | { unknown: true } {
  if (coverage?.amount !== undefined) return { amount: coverage.amount }
  if (!resource.capacity) return { unknown: true }
  if (unitKey(resource.capacity.unit) !== unitKey(needUnit)) return { notComparable: resource.capacity.unit }
  return { amount: Math.max(0, resource.capacity.amount - (resource.currentLoad ?? 0)) }
}

export function assessNeed(
  need: GapNeed,
  links: readonly Coverage[],
  leads: ReadonlySet<string>,
  resources: ReadonlyMap<string, GapResource>,
  options: GapOptions & { maskOf?: (schedule: Schedule) => WeekMask },
): NeedAssessment {
  const maskOf = options.maskOf ?? maskOfSchedule
  const reasons: GapReason[] = []
  const linked = links.map((link) => ({ link, resource: resources.get(link.resourceId) })).filter((l) => l.resource !== undefined) as {
    link: Coverage
    resource: GapResource
  }[]

  const paused = linked.filter((l) => l.resource.status !== 'active')
  const active = linked.filter((l) => l.resource.status === 'active')
  const outside = active.filter((l) => !servesArea(l.resource, need.areaNumber))
  const inArea = active.filter((l) => servesArea(l.resource, need.areaNumber))
  // A resource of another category counts only when the facilitator said so on the link.
  const otherCategory = inArea.filter((l) => l.resource.category !== need.category && l.link.counts !== true)
  const contributing = inArea.filter((l) => l.resource.category === need.category || l.link.counts === true)

  if (linked.length === 0) reasons.push({ kind: 'no-resource' })
  else if (contributing.length === 0) {
    // Linked, but nothing counts: say why each one does not.
    if (paused.length > 0) reasons.push({ kind: 'resource-paused', resourceIds: paused.map((l) => l.resource.id) })
    if (outside.length > 0) reasons.push({ kind: 'not-serving-area', resourceIds: outside.map((l) => l.resource.id) })
    if (otherCategory.length > 0) reasons.push(otherCategoryReason(need, otherCategory))
  } else {
    if (need.when) {
      const offered = emptyMask()
      for (const { resource, link } of contributing) {
        const open = maskOf(resource.schedule)
        unionInto(offered, link.when ? intersection(open, maskOf(link.when)) : open)
      }
      const rest = uncovered(maskOf(need.when), offered)
      if (!isEmptyMask(rest)) reasons.push({ kind: 'not-at-that-time', uncovered: describeMask(rest) })
    }

    if (need.deadline) reasons.push(...deadlineReasons(need.deadline, contributing.map((l) => l.resource), maskOf))

    for (const language of need.languages) {
      if (!contributing.some((l) => l.resource.languages.includes(language))) reasons.push({ kind: 'not-in-language', language })
    }

    if (need.amount) {
      let total = 0
      const notComparable: string[] = []
      for (const { resource, link } of contributing) {
        const given = offer(resource, link, need.amount.unit)
        if ('amount' in given) total += given.amount
        else if ('notComparable' in given && !notComparable.includes(given.notComparable)) notComparable.push(given.notComparable)
      }
      if (total < need.amount.value) {
        if (notComparable.length > 0) reasons.push({ kind: 'capacity-not-comparable', needUnit: need.amount.unit, resourceUnits: notComparable })
        else reasons.push({ kind: 'capacity-short', short: need.amount.value - total, unit: need.amount.unit })
      }
    }

    const cutoff = staleBefore(options.today, options.staleMonths ?? 12)
    const stale = contributing.filter((l) => isStale(l.resource, cutoff))
    if (stale.length > 0) reasons.push({ kind: 'resource-stale', resourceIds: stale.map((l) => l.resource.id) })
    // Resources of another kind linked beside ones that count matter only while something is open.
    if (otherCategory.length > 0 && reasons.length > 0) reasons.unshift(otherCategoryReason(need, otherCategory))
  }

  if (!leads.has(need.id)) reasons.push({ kind: 'no-lead' })
  return { needId: need.id, urgency: need.urgency, covered: reasons.length === 0, reasons, contributingIds: contributing.map((l) => l.resource.id) }
}

function otherCategoryReason(need: GapNeed, links: readonly { resource: GapResource }[]): GapReason {
  return { kind: 'other-category', needCategory: need.category, resourceIds: links.map((l) => l.resource.id) }
}

export function isStale(resource: GapResource, cutoff: string): boolean {
  return resource.lastVerified === null || resource.lastVerified < cutoff
}

/** Answers soon enough: a known response time within the deadline. */
export function respondsInTime(resource: GapResource, deadlineHours: number): boolean {
  return resource.responseHours !== null && resource.responseHours !== undefined && resource.responseHours <= deadlineHours
}

const HALF_HOURS_IN_WEEK = 7 * 48

/**
 * Open at some half hour between when the need arises and its deadline — checked only when the
 * story clock says when the need arises (a response time counts the provider's own hours).
 */
export function openBeforeDeadline(resource: GapResource, deadline: Deadline, maskOf: (schedule: Schedule) => WeekMask): boolean {
  if (deadline.arisesAt === undefined || resource.schedule.kind !== 'hours') return true
  const mask = maskOf(resource.schedule)
  const from = Math.floor(deadline.arisesAt / 30)
  const to = Math.max(from + 1, Math.ceil((deadline.arisesAt + deadline.hours * 60) / 30))
  for (let slot = from; slot < to && slot < from + HALF_HOURS_IN_WEEK; slot++) if (hasBit(mask, slot % HALF_HOURS_IN_WEEK)) return true
  return false
}

/** Can start in time: answers soon enough, and is open then. */
export function startsInTime(resource: GapResource, deadline: Deadline, maskOf: (schedule: Schedule) => WeekMask = maskOfSchedule): boolean {
  return respondsInTime(resource, deadline.hours) && openBeforeDeadline(resource, deadline, maskOf)
}

/** Why none of the resources that count can start before the deadline (nothing when one can). */
function deadlineReasons(deadline: Deadline, counting: readonly GapResource[], maskOf: (schedule: Schedule) => WeekMask): GapReason[] {
  if (counting.some((resource) => startsInTime(resource, deadline, maskOf))) return []
  const reasons: GapReason[] = []
  const slow = counting.filter((r) => r.responseHours !== null && r.responseHours !== undefined && !respondsInTime(r, deadline.hours))
  if (slow.length > 0) reasons.push({ kind: 'too-slow', hours: deadline.hours, deadline: deadline.text, resources: slow.map((r) => ({ id: r.id, responseHours: r.responseHours! })) })
  const closed = counting.filter((r) => respondsInTime(r, deadline.hours))
  if (closed.length > 0) reasons.push({ kind: 'closed-until-deadline', deadline: deadline.text, resourceIds: closed.map((r) => r.id) })
  const unknown = counting.filter((r) => r.responseHours === null || r.responseHours === undefined)
  if (unknown.length > 0) reasons.push({ kind: 'response-unknown', deadline: deadline.text, resourceIds: unknown.map((r) => r.id) })
  return reasons
}

/** Every need assessed, gaps first by urgency (critical first), covered needs last. */
export function analyzeGaps(
  needs: readonly GapNeed[],
  coverages: readonly Coverage[],
  leads: readonly Lead[],
  resources: ReadonlyMap<string, GapResource>,
  options: GapOptions,
): NeedAssessment[] {
  const maskOf = createMaskCache()
  const linksByNeed = new Map<string, Coverage[]>()
  for (const coverage of coverages) linksByNeed.set(coverage.needId, [...(linksByNeed.get(coverage.needId) ?? []), coverage])
  const led = new Set(leads.map((lead) => lead.needId))
  const assessments = needs.map((need) => assessNeed(need, linksByNeed.get(need.id) ?? [], led, resources, { ...options, maskOf }))
  return assessments.sort(
    (a, b) => Number(a.covered) - Number(b.covered) || URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency) || b.reasons.length - a.reasons.length,
  )
}
