import { describe, expect, it } from 'vitest'
import { analyzeGaps, assessNeed, unitKey, type Coverage, type GapNeed, type GapResource } from '../../../src/shared/exercise/gaps'
import { indexResources, suggestResources } from '../../../src/shared/exercise/suggestions'
import { formatMessage } from '../../../src/shared/i18n/format'
import { reasonMessage, shortReasonMessage, word, type ReasonWords } from '../../../src/shared/exercise/reason-words'
import { hoursIn, parseSchedule, type Schedule } from '../../../src/shared/inventory/schedule'

const today = '2026-11-23'
const hours = (text: string): Schedule => {
  const parsed = parseSchedule(text)
  if (!parsed.ok) throw new Error(parsed.reason.key)
  return parsed.value
}

const need = (overrides: Partial<GapNeed> = {}): GapNeed => ({
  id: 'n1',
  category: 'street-outreach',
  areaNumber: 26,
  when: hours('Sat-Sun 22:00-04:00'),
  languages: ['en'],
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
    expect(kinds(assess(need({ languages: ['es'] }), [englishOnly], [{ resourceId: 'r1', needId: 'n1' }]))).toEqual(['not-in-language'])
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
    const result = assess(need({ languages: ['es'] }), [weak, elsewhere], [
      { resourceId: 'r1', needId: 'n1' },
      { resourceId: 'r2', needId: 'n1' },
    ], false)
    expect(kinds(result)).toEqual(['not-at-that-time', 'not-in-language', 'capacity-short', 'resource-stale', 'no-lead'])
    expect(result.contributingIds).toEqual(['r1'])
  })

  it('reads each reason as a sentence, in English and Spanish', () => {
    const words = (language: 'en' | 'es'): ReasonWords => ({
      resource: () => 'Night walk',
      category: () => 'Trauma counseling',
      language: (code) => new Intl.DisplayNames([language], { type: 'language' }).of(code)!,
      hours: (described) => hoursIn(described, language),
      t: (key, values) => formatMessage(language, key, values),
      list: (items) => new Intl.ListFormat(language).format(items),
    })
    const say = (reason: Parameters<typeof reasonMessage>[0], language: 'en' | 'es' = 'en') => word(reasonMessage(reason, words(language)), words(language))
    expect(say({ kind: 'capacity-short', short: 3, unit: 'workers' })).toBe('Capacity is short by 3 workers.')
    expect(say({ kind: 'not-serving-area', resourceIds: ['r1'] })).toBe('Does not serve this area: Night walk.')
    expect(say({ kind: 'too-slow', hours: 48, deadline: 'within 48 hours', resources: [{ id: 'r1', responseHours: 120 }] })).toBe('Cannot start within 48 hours: Night walk takes 5 days.')
    expect(say({ kind: 'too-slow', hours: 6.5, deadline: 'tonight', resources: [{ id: 'r1', responseHours: 12 }] }, 'es')).toBe('No puede empezar tonight: Night walk tarda 12 horas.')
    expect(say({ kind: 'not-in-language', language: 'es' })).toBe('Nobody linked serves it in Spanish.')
    // The hours left uncovered, with the days in the reader's words.
    expect(say({ kind: 'not-at-that-time', uncovered: 'Mon-Fri 22:00-24:00; Sun 03:00-04:00' })).toBe('Not available at that time: Mon-Fri 22:00-24:00; Sun 03:00-04:00.')
    expect(say({ kind: 'not-at-that-time', uncovered: 'Mon-Fri 22:00-24:00; Sun 03:00-04:00' }, 'es')).toBe('No disponible a esa hora: lun-vie 22:00-24:00; dom 03:00-04:00.')
    expect(say({ kind: 'not-in-language', language: 'es' }, 'es')).toBe('Nadie enlazado la atiende en español.')
    expect(say({ kind: 'other-category', needCategory: 'trauma-counseling', resourceIds: ['r1'] })).toBe('Night walk is not Trauma counseling: does it count for this need?')
    expect(say({ kind: 'response-unknown', deadline: 'within 48 hours', resourceIds: ['r1'] })).toBe('Response time unknown for Night walk: nobody can say it starts within 48 hours.')
    // In a few words, for what a suggestion would leave open.
    const short = (reason: Parameters<typeof reasonMessage>[0], language: 'en' | 'es' = 'en') => word(shortReasonMessage(reason, words(language)), words(language))
    expect(short({ kind: 'capacity-short', short: 2, unit: 'families' })).toBe('2 families short')
    expect(short({ kind: 'not-in-language', language: 'es' }, 'es')).toBe('no en español')
    expect(short({ kind: 'not-at-that-time', uncovered: 'Sat 00:00-04:00' }, 'es')).toContain('sáb 00:00-04:00')
    expect(short({ kind: 'other-category', needCategory: 'x', resourceIds: ['r1'] })).toBe('Night walk: counts?')
    expect(short({ kind: 'no-lead' })).toBe('no lead')
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
  const suggest = (n: GapNeed, inventory: GapResource[], links: Coverage[], hasLead = true) =>
    suggestResources(n, assess(n, inventory, links, hasLead), indexResources(inventory), { links, hasLead, resources: new Map(inventory.map((r) => [r.id, r])) }, { today })

  it('offers inventory resources that would close the gap, best first, each with what it closes and leaves', () => {
    const n = need({ languages: ['es'] })
    const inventory = [
      resource('spanish-nights', { languages: ['es'] }),
      resource('english-nights', { languages: ['en'] }),
      resource('spanish-days', { languages: ['es'], schedule: hours('Mon-Fri 09:00-17:00') }),
      resource('other-area', { areaNumbers: [68], languages: ['es'] }),
      resource('paused', { status: 'paused', languages: ['es'] }),
      resource('stale', { lastVerified: '2023-01-01', languages: ['es'] }),
      resource('full', { languages: ['es'], currentLoad: 10 }),
      resource('other-kind', { category: 'crisis-line', languages: ['es'] }),
    ]
    const result = suggest(n, inventory, [])
    expect(result.suggestions.map((s) => s.resourceId)).toEqual(['spanish-nights', 'english-nights', 'spanish-days'])
    expect(result.suggestions[0]).toEqual({ resourceId: 'spanish-nights', closes: ['no-resource'], leaves: [] })
    // The warnings: English only, and closed at night.
    expect(result.suggestions[1]!.leaves).toEqual([{ kind: 'not-in-language', language: 'es' }])
    expect(result.suggestions[2]!.leaves.map((r) => r.kind)).toEqual(['not-at-that-time'])
    // Nothing of the need's kind is skipped silently (those in the area first); another kind is not a candidate at all.
    expect(result.leftOut).toEqual([
      { resourceId: 'paused', why: [{ kind: 'paused' }] },
      { resourceId: 'stale', why: [{ kind: 'stale', lastVerified: '2023-01-01' }] },
      { resourceId: 'full', why: [{ kind: 'over-capacity' }] },
      { resourceId: 'other-area', why: [{ kind: 'not-serving-area' }] },
    ])
    expect(result.leftOutCount).toBe(4)

    const better = suggest(n, inventory, [{ resourceId: 'english-nights', needId: 'n1' }])
    expect(better.suggestions).toEqual([
      { resourceId: 'spanish-nights', closes: ['not-in-language'], leaves: [] },
      { resourceId: 'spanish-days', closes: ['not-in-language'], leaves: [] },
    ])
  })

  it('leaves out, with why, what cannot start in time or would close nothing', () => {
    const n = need({ deadline: { hours: 48, text: 'within 48 hours' } })
    const inventory = [resource('fast', { responseHours: 2 }), resource('slow', { responseHours: 120 }), resource('unknown', { responseHours: null })]
    const linkedSlow = suggest(n, inventory, [{ resourceId: 'slow', needId: 'n1' }])
    expect(linkedSlow.suggestions).toEqual([{ resourceId: 'fast', closes: ['too-slow'], leaves: [] }])
    expect(linkedSlow.leftOut).toEqual([{ resourceId: 'unknown', why: [{ kind: 'response-unknown' }] }])
    // Only a lead is missing: another resource would close nothing (and one in another language says that too).
    const onlyLead = suggest(need(), [resource('r1'), resource('twin'), resource('polish', { languages: ['pl'] })], [{ resourceId: 'r1', needId: 'n1' }], false)
    expect(onlyLead.suggestions).toEqual([])
    expect(onlyLead.leftOut).toEqual([
      { resourceId: 'twin', why: [{ kind: 'closes-nothing' }] },
      { resourceId: 'polish', why: [{ kind: 'wrong-language', languages: ['en'] }] },
    ])
  })

  it('suggests nothing for a covered need', () => {
    const n = need()
    expect(suggest(n, [resource('r1'), resource('r2')], [{ resourceId: 'r1', needId: 'n1' }])).toEqual({ suggestions: [], leftOut: [], leftOutCount: 0 })
  })
})
