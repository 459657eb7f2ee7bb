import { describe, expect, it } from 'vitest'
import { word, type Said } from '../../../src/shared/i18n/said'
import { parseDeadline } from '../../../src/shared/scenario/deadline'
import { needDeadlines, storyTimeline, type StoryScenario } from '../../../src/shared/scenario/story-timeline'

/** A failed reading with its reason worded in English. */
const english = <T extends { ok: boolean; reason?: Said }>(result: T) => (result.reason ? { ...result, reason: word('en', result.reason) } : result)
const englishError = (deadline: { error: Said } | object | undefined) => (deadline && 'error' in deadline ? { error: word('en', deadline.error) } : deadline)

describe('deadlines as written', () => {
  it('reads hours, days and weeks, after an inject or not, in English and Spanish', () => {
    expect(english(parseDeadline('within 48 hours'))).toEqual({ ok: true, value: { kind: 'within', hours: 48 } })
    expect(english(parseDeadline('within 48h'))).toEqual({ ok: true, value: { kind: 'within', hours: 48 } })
    expect(english(parseDeadline('within a week'))).toEqual({ ok: true, value: { kind: 'within', hours: 168 } })
    expect(english(parseDeadline('Within 2 days of inject 2.2'))).toEqual({ ok: true, value: { kind: 'within', hours: 48, after: { module: 2, inject: 2 } } })
    expect(english(parseDeadline('within 3 hours after inject shots-fired'))).toEqual({ ok: true, value: { kind: 'within', hours: 3, after: { id: 'shots-fired' } } })
    expect(english(parseDeadline('en 48 horas'))).toEqual({ ok: true, value: { kind: 'within', hours: 48 } })
    expect(english(parseDeadline('dentro de 2 días'))).toEqual({ ok: true, value: { kind: 'within', hours: 48 } })
    // The example the Spanish hint gives (inject = novedad, as the glossary says), and the older word.
    expect(english(parseDeadline('en 2 días después de la novedad 2.2'))).toEqual({ ok: true, value: { kind: 'within', hours: 48, after: { module: 2, inject: 2 } } })
    expect(english(parseDeadline('en 2 días después del aviso 2.2'))).toEqual({ ok: true, value: { kind: 'within', hours: 48, after: { module: 2, inject: 2 } } })
    expect(english(parseDeadline('by Saturday 10:00'))).toEqual({ ok: true, value: { kind: 'by', at: { day: 5, minute: 600 } } })
    expect(english(parseDeadline('para el sábado 10:00'))).toEqual({ ok: true, value: { kind: 'by', at: { day: 5, minute: 600 } } })
    expect(english(parseDeadline('Tonight'))).toEqual({ ok: true, value: { kind: 'tonight' } })
    expect(english(parseDeadline('esta noche'))).toEqual({ ok: true, value: { kind: 'tonight' } })
    expect(english(parseDeadline('this week'))).toEqual({ ok: true, value: { kind: 'this-week' } })
  })

  it('says how to write one it cannot read', () => {
    expect(english(parseDeadline('soon'))).toMatchObject({ ok: false, reason: expect.stringContaining('"within 48 hours"') })
    expect(english(parseDeadline('within 48 fortnights'))).toEqual({ ok: false, reason: '"fortnights" is not hours, days or weeks' })
    expect(english(parseDeadline('within some hours'))).toEqual({ ok: false, reason: '"some" is not a number of hours, days or weeks' })
    expect(english(parseDeadline('by tomorrow'))).toMatchObject({ ok: false, reason: expect.stringContaining('after "by"') })
  })
})

function scenario(modules: StoryScenario['modules'], storyStart?: string): StoryScenario {
  return { overview: { storyStart }, modules }
}

describe('deadlines on the story clock', () => {
  const story = scenario(
    [
      { id: 'm1', storyTime: 'Friday 23:30', injects: [{ id: 'a', storyTime: 'Friday 23:45' }], needs: [{ id: 'tonight', deadline: 'tonight' }, { id: 'by-sat', deadline: 'by Saturday 10:00' }] },
      {
        id: 'm2',
        storyTime: 'Saturday 14:00',
        injects: [{ id: 'b' }, { id: 'c', storyTime: 'Saturday 20:00' }],
        needs: [
          { id: 'after-inject', deadline: 'within 48 hours of inject 2.2' },
          { id: 'by-sat-again', deadline: 'by Saturday 10:00' },
          { id: 'week', deadline: 'this week' },
          { id: 'plain', deadline: 'within 5 days' },
          { id: 'none' },
        ],
      },
      { id: 'm3', storyTime: 'Tuesday', injects: [], needs: [{ id: 'day-only-tonight', deadline: 'tonight' }, { id: 'no-inject', deadline: 'within 2 hours of inject 9.9' }] },
      { id: 'm4', injects: [], needs: [{ id: 'no-clock', deadline: 'by Friday 10:00' }] },
    ],
    'Friday 23:00',
  )
  const deadlines = needDeadlines(story)

  it('lays story times on one clock, each after the last', () => {
    const timeline = storyTimeline(story)
    expect(timeline.modules.get('m1')).toEqual({ at: 4 * 1440 + 1410, hasClock: true })
    expect(timeline.injects.get('m2/c')).toBe(5 * 1440 + 1200)
    // Tuesday after the weekend is the next week's Tuesday.
    expect(timeline.modules.get('m3')).toEqual({ at: 8 * 1440, hasClock: false })
    expect(timeline.modules.has('m4')).toBe(false)
  })

  it('counts the hours a resource has to start from when the need arises', () => {
    expect(deadlines.get('tonight')).toEqual({ hours: 6.5, text: 'tonight' })
    expect(deadlines.get('by-sat')).toEqual({ hours: 10.5, text: 'by Saturday 10:00' })
    // Inject 2.2 is Saturday 20:00; the need arises at 14:00: 6 + 48 hours.
    expect(deadlines.get('after-inject')).toEqual({ hours: 54, text: 'within 48 hours of inject 2.2' })
    // Saturday 10:00 after Saturday 14:00 is a week on.
    expect(deadlines.get('by-sat-again')).toEqual({ hours: 164, text: 'by Saturday 10:00' })
    expect(deadlines.get('week')).toEqual({ hours: 34, text: 'this week' })
    expect(deadlines.get('plain')).toEqual({ hours: 120, text: 'within 5 days' })
    expect(deadlines.has('none')).toBe(false)
  })

  it('says why a deadline cannot be counted, rather than guessing', () => {
    expect(englishError(deadlines.get('day-only-tonight'))).toEqual({ error: 'Give module 3 a story time with the time of day (like "Saturday 22:00") so "tonight" can be counted.' })
    expect(englishError(deadlines.get('no-inject'))).toEqual({ error: 'There is no inject 9.9; name one as module.inject ("2.2") or by its id.' })
    expect(englishError(deadlines.get('no-clock'))).toEqual({ error: 'Give module 4 a story time (like "Saturday 14:00") so "by …" can be counted.' })
  })

  it('without story times, "within N hours of an inject" counts N hours', () => {
    const plain = needDeadlines(scenario([{ id: 'm1', injects: [{ id: 'x' }], needs: [{ id: 'n', deadline: 'within 2 days of inject x' }] }]))
    expect(plain.get('n')).toEqual({ hours: 48, text: 'within 2 days of inject x' })
  })
})
