// Gap analysis: is each need of an exercise covered by the resources the room linked to it,
// and if not, every reason why — plus the inventory resources that would close each gap.
// Pure: no store, no UI; the session console and the reports both call it.
import type { Capacity } from '../inventory/model'
import type { Schedule } from '../inventory/schedule'
import { textKey } from '../text-key'
import { coversAll, describeMask, emptyMask, intersection, isEmptyMask, maskOfSchedule, unionInto, uncovered, type WeekMask } from './week-mask'

export const URGENCY_ORDER = ['critical', 'high', 'medium', 'low'] as const
export type Urgency = (typeof URGENCY_ORDER)[number]

export interface GapNeed {
  id: string
  category: string
  areaNumber: number
  when: Schedule
  language?: string | undefined
  amount?: { value: number; unit: string } | undefined
  urgency: Urgency
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

function staleBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString().slice(0, 10)
}

function servesArea(resource: GapResource, areaNumber: number): boolean {
  return resource.citywide || resource.areaNumbers.includes(areaNumber)
}

/** What a resource can give a need, in the need's unit: committed, else its spare capacity. */
function offer(resource: GapResource, coverage: Coverage | undefined, needUnit: string): { amount: number } | { notComparable: string } | { unknown: true } {
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
  const contributing = active.filter((l) => servesArea(l.resource, need.areaNumber))

  if (linked.length === 0) reasons.push({ kind: 'no-resource' })
  else if (contributing.length === 0) {
    // Linked, but nothing counts: say why each one does not.
    if (paused.length > 0) reasons.push({ kind: 'resource-paused', resourceIds: paused.map((l) => l.resource.id) })
    if (outside.length > 0) reasons.push({ kind: 'not-serving-area', resourceIds: outside.map((l) => l.resource.id) })
  } else {
    const offered = emptyMask()
    for (const { resource, link } of contributing) {
      const open = maskOf(resource.schedule)
      unionInto(offered, link.when ? intersection(open, maskOf(link.when)) : open)
    }
    const rest = uncovered(maskOf(need.when), offered)
    if (!isEmptyMask(rest)) reasons.push({ kind: 'not-at-that-time', uncovered: describeMask(rest) })

    if (need.language && !contributing.some((l) => l.resource.languages.includes(need.language!))) {
      reasons.push({ kind: 'not-in-language', language: need.language })
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
    const stale = contributing.filter((l) => l.resource.lastVerified === null || l.resource.lastVerified < cutoff)
    if (stale.length > 0) reasons.push({ kind: 'resource-stale', resourceIds: stale.map((l) => l.resource.id) })
  }

  if (!leads.has(need.id)) reasons.push({ kind: 'no-lead' })
  return { needId: need.id, urgency: need.urgency, covered: reasons.length === 0, reasons, contributingIds: contributing.map((l) => l.resource.id) }
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

export interface Suggestion {
  resourceId: string
  /** The reasons of the gap this resource would close if linked. */
  closes: GapReasonKind[]
}

/** Resources by category and area served (citywide ones apart), built once for many look-ups. */
export interface ResourceIndex {
  byCategoryArea: Map<string, GapResource[]>
  citywideByCategory: Map<string, GapResource[]>
}

export function indexResources(resources: Iterable<GapResource>): ResourceIndex {
  const index: ResourceIndex = { byCategoryArea: new Map(), citywideByCategory: new Map() }
  const add = (map: Map<string, GapResource[]>, key: string, resource: GapResource) => {
    const list = map.get(key)
    if (list) list.push(resource)
    else map.set(key, [resource])
  }
  for (const resource of resources) {
    if (resource.citywide) add(index.citywideByCategory, resource.category, resource)
    else for (const area of new Set(resource.areaNumbers)) add(index.byCategoryArea, `${resource.category}|${area}`, resource)
  }
  return index
}

/**
 * Inventory resources of the need's category that would help close its gap, best first: active,
 * serving the area, not yet linked; each with the reasons it would close.
 */
export function suggestResources(
  need: GapNeed,
  assessment: NeedAssessment,
  index: ResourceIndex,
  linkedIds: ReadonlySet<string>,
  options: GapOptions & { maskOf?: (schedule: Schedule) => WeekMask; limit?: number },
): Suggestion[] {
  if (assessment.covered) return []
  const maskOf = options.maskOf ?? maskOfSchedule
  const cutoff = staleBefore(options.today, options.staleMonths ?? 12)
  const wanted = maskOf(need.when)
  const reasonKinds = new Set(assessment.reasons.map((r) => r.kind))
  const short = assessment.reasons.find((r): r is Extract<GapReason, { kind: 'capacity-short' }> => r.kind === 'capacity-short')
  const suggestions: (Suggestion & { fit: number })[] = []
  const candidates = [...(index.byCategoryArea.get(`${need.category}|${need.areaNumber}`) ?? []), ...(index.citywideByCategory.get(need.category) ?? [])]
  for (const resource of candidates) {
    if (resource.status !== 'active' || linkedIds.has(resource.id)) continue
    if (resource.lastVerified === null || resource.lastVerified < cutoff) continue
    const closes: GapReasonKind[] = []
    const coversTime = coversAll(wanted, maskOf(resource.schedule))
    const speaks = need.language === undefined || resource.languages.includes(need.language)
    // Any active resource serving the area ends "nothing linked" (and "only paused / elsewhere").
    for (const kind of ['no-resource', 'resource-paused', 'not-serving-area'] as const) if (reasonKinds.has(kind)) closes.push(kind)
    if (reasonKinds.has('not-at-that-time') && coversTime) closes.push('not-at-that-time')
    if (reasonKinds.has('not-in-language') && speaks) closes.push('not-in-language')
    if (short) {
      const given = offer(resource, undefined, short.unit)
      if ('amount' in given && given.amount >= short.short) closes.push('capacity-short')
    }
    if (closes.length > 0) suggestions.push({ resourceId: resource.id, closes, fit: Number(coversTime) + Number(speaks) })
  }
  return suggestions
    .sort((a, b) => b.closes.length - a.closes.length || b.fit - a.fit)
    .slice(0, options.limit ?? 5)
    .map(({ resourceId, closes }) => ({ resourceId, closes }))
}

/** One line a facilitator reads aloud for a reason. */
export function describeReason(reason: GapReason, name: (resourceId: string) => string = (id) => id): string {
  switch (reason.kind) {
    case 'no-resource':
      return 'No resource is linked to this need.'
    case 'no-lead':
      return 'No organization leads it.'
    case 'capacity-short':
      return `Capacity is short by ${reason.short} ${reason.unit}.`
    case 'capacity-not-comparable':
      return `Capacity not comparable: the need is counted in ${reason.needUnit}, the resources in ${reason.resourceUnits.join(', ')}.`
    case 'not-at-that-time':
      return `Not available at that time: ${reason.uncovered}.`
    case 'not-in-language':
      return `Not in the language needed (${reason.language}).`
    case 'not-serving-area':
      return `Does not serve this area: ${reason.resourceIds.map(name).join(', ')}.`
    case 'resource-paused':
      return `Paused or ended: ${reason.resourceIds.map(name).join(', ')}.`
    case 'resource-stale':
      return `Not verified in the last year: ${reason.resourceIds.map(name).join(', ')}.`
  }
}
