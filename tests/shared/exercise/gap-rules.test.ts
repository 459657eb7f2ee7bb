// The gap engine's honest rules: a resource of another kind counts only when the room says so,
// deadlines against response times, every language one by one, no window when none is given —
// with properties that hold for any inventory.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessNeed, type Coverage, type GapNeed, type GapResource } from '../../../src/shared/exercise/gaps'
import { indexResources, suggestResources } from '../../../src/shared/exercise/suggestions'
import { parseSchedule, type Schedule } from '../../../src/shared/inventory/schedule'
import { describeMask, maskOfSchedule } from '../../../src/shared/exercise/week-mask'

const today = '2026-11-23'
const hours = (text: string): Schedule => {
  const parsed = parseSchedule(text)
  if (!parsed.ok) throw new Error(parsed.reason.key)
  return parsed.value
}
const need = (overrides: Partial<GapNeed> = {}): GapNeed => ({ id: 'n1', category: 'trauma-counseling', areaNumber: 29, languages: [], urgency: 'high', ...overrides })
const resource = (id: string, overrides: Partial<GapResource> = {}): GapResource => ({
  id,
  category: 'trauma-counseling',
  status: 'active',
  citywide: false,
  areaNumbers: [29],
  schedule: hours('24/7'),
  languages: ['en'],
  capacity: null,
  currentLoad: null,
  lastVerified: '2026-10-01',
  responseHours: 24,
  ...overrides,
})
const assess = (n: GapNeed, resources: GapResource[], links: Omit<Coverage, 'needId'>[], led = true) =>
  assessNeed(n, links.map((l) => ({ ...l, needId: n.id })), new Set(led ? [n.id] : []), new Map(resources.map((r) => [r.id, r])), { today })

describe('a resource of another kind', () => {
  const referral = resource('referral', { category: 'crisis-line', citywide: true, areaNumbers: [], languages: ['en', 'es'] })

  it('does not count for the need, and the reason names it and asks', () => {
    const result = assess(need({ languages: ['es'] }), [referral], [{ resourceId: 'referral' }])
    expect(result.reasons).toEqual([{ kind: 'other-category', needCategory: 'trauma-counseling', resourceIds: ['referral'] }])
    expect(result.contributingIds).toEqual([])
  })

  it('counts once the room says so on the link — with everything else checked as for any resource', () => {
    const result = assess(need({ languages: ['es'] }), [referral], [{ resourceId: 'referral', counts: true }])
    expect(result).toMatchObject({ covered: true, contributingIds: ['referral'] })
    const polish = assess(need({ languages: ['pl'] }), [referral], [{ resourceId: 'referral', counts: true }])
    expect(polish.reasons).toEqual([{ kind: 'not-in-language', language: 'pl' }])
  })

  it('is asked about only while the need is open: beside a service that covers it, it changes nothing', () => {
    expect(assess(need({ languages: ['en'] }), [resource('counseling'), referral], [{ resourceId: 'counseling' }, { resourceId: 'referral' }]).covered).toBe(true)
  })

  it('does not lend its language to a counseling service linked beside it', () => {
    const englishCounseling = resource('counseling')
    const result = assess(need({ languages: ['en', 'es'] }), [englishCounseling, referral], [{ resourceId: 'counseling' }, { resourceId: 'referral' }])
    expect(result.reasons).toEqual([
      { kind: 'other-category', needCategory: 'trauma-counseling', resourceIds: ['referral'] },
      { kind: 'not-in-language', language: 'es' },
    ])
  })
})

describe('a deadline', () => {
  const within48 = need({ deadline: { hours: 48, text: 'within 48 hours' } })

  it('is met when one resource that counts can start in time', () => {
    expect(assess(within48, [resource('fast', { responseHours: 48 })], [{ resourceId: 'fast' }]).covered).toBe(true)
    expect(assess(within48, [resource('fast', { responseHours: 0 }), resource('slow', { responseHours: 500 })], [{ resourceId: 'fast' }, { resourceId: 'slow' }]).covered).toBe(true)
  })

  it('says which resources are too slow, and by how much', () => {
    const repairs = resource('repairs', { responseHours: 120 })
    expect(assess(within48, [repairs], [{ resourceId: 'repairs' }]).reasons).toEqual([{ kind: 'too-slow', hours: 48, deadline: 'within 48 hours', resources: [{ id: 'repairs', responseHours: 120 }] }])
  })

  it('says when a response time is unknown rather than guess it, beside those too slow', () => {
    const result = assess(within48, [resource('slow', { responseHours: 72 }), resource('unknown', { responseHours: null }), resource('absent', { responseHours: undefined })], [
      { resourceId: 'slow' },
      { resourceId: 'unknown' },
      { resourceId: 'absent' },
    ])
    expect(result.reasons).toEqual([
      { kind: 'too-slow', hours: 48, deadline: 'within 48 hours', resources: [{ id: 'slow', responseHours: 72 }] },
      { kind: 'response-unknown', deadline: 'within 48 hours', resourceIds: ['unknown', 'absent'] },
    ])
  })

  it('is met only by a resource open between when the need arises and the deadline, when the story clock says when that is', () => {
    // Saturday 22:00, "tonight": until Sunday 06:00.
    const tonight = need({ deadline: { hours: 8, text: 'tonight', arisesAt: 5 * 1440 + 22 * 60 } })
    const office = resource('office', { responseHours: 0, schedule: hours('Mon-Fri 09:00-17:00') })
    expect(assess(tonight, [office], [{ resourceId: 'office' }]).reasons).toEqual([{ kind: 'closed-until-deadline', deadline: 'tonight', resourceIds: ['office'] }])
    const dawn = resource('dawn', { responseHours: 0, schedule: hours('Sun 05:00-06:00') })
    expect(assess(tonight, [dawn], [{ resourceId: 'dawn' }]).covered).toBe(true)
    // Open only on Sunday afternoon, after the deadline: not in time, whatever its response time.
    const afternoon = resource('afternoon', { responseHours: 2, schedule: hours('Sun 13:00-17:00') })
    expect(assess(tonight, [afternoon], [{ resourceId: 'afternoon' }]).reasons.map((r) => r.kind)).toEqual(['closed-until-deadline'])
    // Without the story clock, opening hours are not held against the deadline.
    expect(assess(need({ deadline: { hours: 8, text: 'tonight' } }), [office], [{ resourceId: 'office' }]).covered).toBe(true)
  })

  it('is not checked without one; and a need without a weekly window has no hours to miss', () => {
    const closedMostly = resource('r1', { schedule: hours('Mon 09:00-10:00'), responseHours: null })
    expect(assess(need(), [closedMostly], [{ resourceId: 'r1' }]).covered).toBe(true)
    expect(assess(need({ when: hours('Tue 09:00-10:00') }), [closedMostly], [{ resourceId: 'r1' }]).reasons.map((r) => r.kind)).toEqual(['not-at-that-time'])
  })
})

describe('hours nobody covers', () => {
  it('are named as the inventory writes hours: days in a row with the same hours are one range', () => {
    expect(describeMask(maskOfSchedule(hours('Mon-Fri 17:00-20:00; Sat 02:00-04:00')))).toBe('Mon-Fri 17:00-20:00; Sat 02:00-04:00')
    expect(describeMask(maskOfSchedule(hours('Mon 09:00-10:00; Wed 09:00-10:00')))).toBe('Mon 09:00-10:00; Wed 09:00-10:00')
    expect(describeMask(maskOfSchedule(hours('Fri-Sat 20:00-02:00')))).toBe('Fri 20:00-24:00; Sat 00:00-02:00; Sat 20:00-24:00; Sun 00:00-02:00')
  })
})

describe('languages, one by one', () => {
  it('is a gap for each language nobody serves, closed by a second resource that speaks it', () => {
    const english = resource('english', { languages: ['en'] })
    const spanish = resource('spanish', { languages: ['es'] })
    const both = need({ languages: ['en', 'es', 'pl'] })
    expect(assess(both, [english], [{ resourceId: 'english' }]).reasons).toEqual([
      { kind: 'not-in-language', language: 'es' },
      { kind: 'not-in-language', language: 'pl' },
    ])
    expect(assess(both, [english, spanish], [{ resourceId: 'english' }, { resourceId: 'spanish' }]).reasons).toEqual([{ kind: 'not-in-language', language: 'pl' }])
  })
})

// Any small inventory of one area and kinds, any links: the engine's promises.
const resourceArbitrary = fc.record({
  category: fc.constantFrom('trauma-counseling', 'crisis-line'),
  status: fc.constantFrom('active', 'active', 'paused') as fc.Arbitrary<GapResource['status']>,
  citywide: fc.boolean(),
  areaNumbers: fc.subarray([29, 30, 68]),
  schedule: fc.constantFrom(hours('24/7'), hours('Mon-Fri 09:00-17:00'), hours('Sat-Sun 20:00-02:00')),
  languages: fc.subarray(['en', 'es', 'pl'], { minLength: 1 }),
  capacity: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 10 }), unit: fc.constant('families'), period: fc.constant('week' as const) }), { nil: null }),
  currentLoad: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  lastVerified: fc.constantFrom('2026-10-01', '2024-01-01', null),
  responseHours: fc.constantFrom(null, 0, 12, 48, 120),
})
const needArbitrary = fc.record({
  when: fc.option(fc.constantFrom(hours('Mon-Fri 09:00-17:00'), hours('Sat 20:00-23:00')), { nil: undefined }),
  deadline: fc.option(fc.constantFrom({ hours: 6, text: 'tonight' }, { hours: 48, text: 'within 48 hours' }), { nil: undefined }),
  languages: fc.subarray(['en', 'es']),
  amount: fc.option(fc.record({ value: fc.integer({ min: 1, max: 5 }), unit: fc.constant('families') }), { nil: undefined }),
})
const world = fc.record({
  need: needArbitrary,
  resources: fc.array(resourceArbitrary, { maxLength: 6 }),
  linkMask: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  counts: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  led: fc.boolean(),
})
type World = typeof world extends fc.Arbitrary<infer T> ? T : never
const build = (w: World) => {
  const resources = w.resources.map((r, i) => ({ ...r, id: `r${i}` }))
  const links = resources.filter((_, i) => w.linkMask[i]).map((r) => ({ resourceId: r.id, needId: 'n1', counts: w.counts[Number(r.id.slice(1))] || undefined }))
  const n = need(w.need)
  return { resources, links, n, byId: new Map(resources.map((r) => [r.id, r])) }
}

describe('for any inventory and links', () => {
  it('a need is covered exactly when no reason is left', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { resources, links, n, byId } = build(w)
        const result = assessNeed(n, links, new Set(w.led ? ['n1'] : []), byId, { today })
        expect(result.covered).toBe(result.reasons.length === 0)
        // Only linked resources of the need's kind, or said to count, ever count.
        for (const id of result.contributingIds) {
          const link = links.find((l) => l.resourceId === id)!
          expect(byId.get(id)!.category === n.category || link.counts === true).toBe(true)
        }
        void resources
      }),
    )
  })

  it('linking one more fresh, active, in-area resource of its kind with room never adds a reason', () => {
    fc.assert(
      fc.property(world, resourceArbitrary, (w, extra) => {
        const { links, n, byId } = build(w)
        const added = { ...extra, id: 'extra', category: n.category, status: 'active' as const, citywide: true, lastVerified: '2026-10-01' }
        const before = assessNeed(n, links, new Set(w.led ? ['n1'] : []), byId, { today })
        const after = assessNeed(n, [...links, { resourceId: 'extra', needId: 'n1' }], new Set(w.led ? ['n1'] : []), new Map<string, GapResource>([...byId, ['extra', added]]), { today })
        // Before, something counted: the need's checks ran; one more resource can only close reasons,
        // or bring its own (a capacity in another unit, its own response time — and with them the
        // question about a resource of another kind linked beside it).
        if (before.contributingIds.length === 0) return
        const beforeKinds = new Set(before.reasons.map((r) => r.kind))
        const ownKinds = new Set(['capacity-not-comparable', 'response-unknown', 'too-slow', 'other-category'])
        for (const reason of after.reasons) expect(beforeKinds.has(reason.kind) || ownKinds.has(reason.kind)).toBe(true)
        expect(after.reasons.filter((r) => r.kind === 'not-in-language').length).toBeLessThanOrEqual(before.reasons.filter((r) => r.kind === 'not-in-language').length)
      }),
      { numRuns: 300 },
    )
  })

  it('every resource of the need’s kind not linked is suggested or left out, once; a suggestion never leaves what it closes', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { resources, links, n, byId } = build(w)
        const assessment = assessNeed(n, links, new Set(w.led ? ['n1'] : []), byId, { today })
        const result = suggestResources(n, assessment, indexResources(resources), { links, hasLead: w.led, resources: byId }, { today, limit: 100, leftOutLimit: 100 })
        if (assessment.covered) return
        const linked = new Set(links.map((l) => l.resourceId))
        const expected = resources.filter((r) => r.category === n.category && !linked.has(r.id)).map((r) => r.id).sort()
        expect([...result.suggestions.map((s) => s.resourceId), ...result.leftOut.map((l) => l.resourceId)].sort()).toEqual(expected)
        for (const suggestion of result.suggestions) {
          const left = new Set(suggestion.leaves.map((r) => r.kind))
          for (const kind of suggestion.closes) if (kind !== 'not-in-language') expect(left.has(kind)).toBe(false)
        }
        for (const item of result.leftOut) expect(item.why.length).toBeGreaterThan(0)
      }),
    )
  })
})
