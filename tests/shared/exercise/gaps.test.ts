import { describe, expect, it } from 'vitest'
import { analyzeGaps, assessNeed, describeReason, indexResources, suggestResources, unitKey, type Coverage, type GapNeed, type GapResource } from '../../../src/shared/exercise/gaps'
import { parseSchedule, type Schedule } from '../../../src/shared/inventory/schedule'

const today = '2026-11-23'
const hours = (text: string): Schedule => {
  const parsed = parseSchedule(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

const need = (overrides: Partial<GapNeed> = {}): GapNeed => ({
  id: 'n1',
  category: 'street-outreach',
  areaNumber: 26,
  when: hours('Sat-Sun 22:00-04:00'),
  language: 'en',
  amount: { value: 4, unit: 'workers' },
  urgency: 'critical',
  ...overrides,
})

const resource = (id: string, overrides: Partial<GapResource> = {}): GapResource => ({
  id,
  category: 'street-outreach',
  status: 'active',
  citywide: false,
  areaNumbers: [26, 27],
  schedule: hours('Fri-Sun 20:00-06:00'),
  languages: ['en', 'es'],
  capacity: { amount: 10, unit: 'workers', period: 'week' },
  currentLoad: 2,
  lastVerified: '2026-10-01',
  ...overrides,
})

function assess(n: GapNeed, resources: GapResource[], links: Coverage[], led = true) {
  return assessNeed(n, links, new Set(led ? [n.id] : []), new Map(resources.map((r) => [r.id, r])), { today })
}
const kinds = (assessment: { reasons: { kind: string }[] }) => assessment.reasons.map((r) => r.kind)

describe('gap analysis: a need', () => {
  it('is covered when its linked resources are active, serve the area, at that time, in its language, with enough capacity, and it has a lead', () => {
    const result = assess(need(), [resource('r1')], [{ resourceId: 'r1', needId: 'n1' }])
    expect(result).toMatchObject({ covered: true, reasons: [], contributingIds: ['r1'] })
  })

  it('with nothing linked is a gap: no resource (and no lead when none)', () => {
    expect(kinds(assess(need(), [], []))).toEqual(['no-resource'])
    expect(kinds(assess(need(), [], [], false))).toEqual(['no-resource', 'no-lead'])
  })

  it('without a lead is a gap even when resources cover it', () => {
    expect(kinds(assess(need(), [resource('r1')], [{ resourceId: 'r1', needId: 'n1' }], false))).toEqual(['no-lead'])
  })

  it('says by how much capacity is short, counting committed amounts and spare capacity', () => {
    const small = resource('r1', { capacity: { amount: 3, unit: 'workers', period: 'week' }, currentLoad: 2 })
    expect(assess(need(), [small], [{ resourceId: 'r1', needId: 'n1' }]).reasons).toEqual([{ kind: 'capacity-short', short: 3, unit: 'workers' }])
    const committed = assess(need(), [small, resource('r2')], [
      { resourceId: 'r1', needId: 'n1', amount: 1 },
      { resourceId: 'r2', needId: 'n1', amount: 2 },
    ])
    expect(committed.reasons).toEqual([{ kind: 'capacity-short', short: 1, unit: 'workers' }])
  })

  it('says capacity is not comparable when units differ, rather than guess', () => {
    const contacts = resource('r1', { capacity: { amount: 50, unit: 'contacts', period: 'week' } })
    expect(assess(need(), [contacts], [{ resourceId: 'r1', needId: 'n1' }]).reasons).toEqual([
      { kind: 'capacity-not-comparable', needUnit: 'workers', resourceUnits: ['contacts'] },
    ])
    expect(unitKey('Families')).toBe(unitKey('family'))
    expect(unitKey('people')).toBe(unitKey('person'))
  })

  it('names the hours nobody covers: nights and weekends', () => {
    const evenings = resource('r1', { schedule: hours('Fri-Sun 18:00-23:00') })
    expect(assess(need(), [evenings], [{ resourceId: 'r1', needId: 'n1' }]).reasons).toEqual([
      { kind: 'not-at-that-time', uncovered: 'Mon 00:00-04:00; Sat 23:00-24:00; Sun 00:00-04:00; Sun 23:00-24:00' },
    ])
  })

  it('is covered in time by several resources together', () => {
    const early = resource('r1', { schedule: hours('Sat-Sun 20:00-24:00'), capacity: { amount: 2, unit: 'workers', period: 'week' }, currentLoad: 0 })
    const late = resource('r2', { schedule: hours('Sun-Mon 00:00-05:00'), capacity: { amount: 2, unit: 'workers', period: 'week' }, currentLoad: 0 })
    const result = assess(need(), [early, late], [
      { resourceId: 'r1', needId: 'n1' },
      { resourceId: 'r2', needId: 'n1' },
    ])
    expect(result).toMatchObject({ covered: true })
  })

  it('counts only the hours a resource is committed for, when the room says when', () => {
    const open = resource('r1', { schedule: hours('24/7') })
    const committedFriday = assess(need({ when: hours('Sat-Sun 22:00-04:00') }), [open], [{ resourceId: 'r1', needId: 'n1', when: hours('Sat 22:00-04:00') }])
    expect(kinds(committedFriday)).toEqual(['not-at-that-time'])
    expect(committedFriday.reasons[0]).toMatchObject({ uncovered: expect.stringContaining('Sun') })
    const committedWeekend = assess(need({ when: hours('Sat-Sun 22:00-04:00') }), [open], [{ resourceId: 'r1', needId: 'n1', when: hours('Sat-Sun 20:00-06:00') }])
    expect(committedWeekend.covered).toBe(true)
    // A commitment outside the resource's own hours does not count: the service is closed then.
    const closedThen = assess(need({ when: hours('Mon 10:00-12:00') }), [resource('r2')], [{ resourceId: 'r2', needId: 'n1', when: hours('Mon 10:00-12:00') }])
    expect(kinds(closedThen)).toContain('not-at-that-time')
  })

  it('is a gap when no linked resource speaks its language', () => {
    const englishOnly = resource('r1', { languages: ['en'] })
    expect(kinds(assess(need({ language: 'es' }), [englishOnly], [{ resourceId: 'r1', needId: 'n1' }]))).toEqual(['not-in-language'])
  })

  it('does not count resources that do not serve its area, and says so', () => {
    const elsewhere = resource('r1', { areaNumbers: [68] })
    expect(assess(need(), [elsewhere], [{ resourceId: 'r1', needId: 'n1' }]).reasons).toEqual([{ kind: 'not-serving-area', resourceIds: ['r1'] }])
    const citywide = resource('r2', { areaNumbers: [], citywide: true })
    expect(assess(need(), [citywide], [{ resourceId: 'r2', needId: 'n1' }]).covered).toBe(true)
  })

  it('does not count paused or ended resources, and says so', () => {
    const paused = resource('r1', { status: 'paused' })
    const ended = resource('r2', { status: 'ended' })
    expect(assess(need(), [paused, ended], [
      { resourceId: 'r1', needId: 'n1' },
      { resourceId: 'r2', needId: 'n1' },
    ]).reasons).toEqual([{ kind: 'resource-paused', resourceIds: ['r1', 'r2'] }])
  })

  it('treats a resource not verified in a year as a gap to check', () => {
    const stale = resource('r1', { lastVerified: '2025-06-01' })
    const never = resource('r2', { lastVerified: null })
    expect(assess(need(), [stale, never], [
      { resourceId: 'r1', needId: 'n1' },
      { resourceId: 'r2', needId: 'n1' },
    ]).reasons).toEqual([{ kind: 'resource-stale', resourceIds: ['r1', 'r2'] }])
  })

  it('lists every reason at once when several apply', () => {
    const weak = resource('r1', { schedule: hours('Mon-Fri 09:00-17:00'), languages: ['en'], capacity: { amount: 1, unit: 'workers', period: 'week' }, currentLoad: 0, lastVerified: '2024-01-01' })
    const elsewhere = resource('r2', { areaNumbers: [68] })
    const result = assess(need({ language: 'es' }), [weak, elsewhere], [
      { resourceId: 'r1', needId: 'n1' },
      { resourceId: 'r2', needId: 'n1' },
    ], false)
    expect(kinds(result)).toEqual(['not-at-that-time', 'not-in-language', 'capacity-short', 'resource-stale', 'no-lead'])
    expect(result.contributingIds).toEqual(['r1'])
  })

  it('reads each reason as a sentence', () => {
    expect(describeReason({ kind: 'capacity-short', short: 3, unit: 'workers' })).toBe('Capacity is short by 3 workers.')
    expect(describeReason({ kind: 'not-serving-area', resourceIds: ['r1'] }, () => 'Night walk')).toBe('Does not serve this area: Night walk.')
  })
})

describe('gap analysis: the whole exercise', () => {
  it('puts gaps first, most urgent first, and covered needs last', () => {
    const needs = [
      need({ id: 'covered', urgency: 'critical' }),
      need({ id: 'low-gap', urgency: 'low' }),
      need({ id: 'critical-gap', urgency: 'critical' }),
      need({ id: 'high-gap', urgency: 'high' }),
    ]
    const result = analyzeGaps(needs, [{ resourceId: 'r1', needId: 'covered' }], needs.map((n) => ({ organizationId: 'o1', needId: n.id })), new Map([['r1', resource('r1')]]), { today })
    expect(result.map((a) => a.needId)).toEqual(['critical-gap', 'high-gap', 'low-gap', 'covered'])
  })
})

describe('suggestions', () => {
  it('offers inventory resources that would close the gap, best first, with the reasons each closes', () => {
    const n = need({ language: 'es' })
    const inventory = [
      resource('spanish-nights', { languages: ['es'] }),
      resource('english-nights', { languages: ['en'] }),
      resource('spanish-days', { languages: ['es'], schedule: hours('Mon-Fri 09:00-17:00') }),
      resource('other-area', { areaNumbers: [68], languages: ['es'] }),
      resource('paused', { status: 'paused', languages: ['es'] }),
      resource('stale', { lastVerified: '2023-01-01', languages: ['es'] }),
      resource('other-kind', { category: 'crisis-line', languages: ['es'] }),
    ]
    const assessment = assess(n, inventory, [])
    const suggestions = suggestResources(n, assessment, indexResources(inventory), new Set(), { today })
    expect(suggestions.map((s) => s.resourceId)).toEqual(['spanish-nights', 'english-nights', 'spanish-days'])
    expect(suggestions[0]!.closes).toEqual(['no-resource'])

    const withEnglish = assess(n, inventory, [{ resourceId: 'english-nights', needId: 'n1' }])
    expect(kinds(withEnglish)).toEqual(['not-in-language'])
    const better = suggestResources(n, withEnglish, indexResources(inventory), new Set(['english-nights']), { today })
    expect(better).toEqual([
      { resourceId: 'spanish-nights', closes: ['not-in-language'] },
      { resourceId: 'spanish-days', closes: ['not-in-language'] },
    ])
  })

  it('suggests nothing for a covered need', () => {
    const n = need()
    const assessment = assess(n, [resource('r1')], [{ resourceId: 'r1', needId: 'n1' }])
    expect(suggestResources(n, assessment, indexResources([resource('r2')]), new Set(['r1']), { today })).toEqual([])
  })
})
