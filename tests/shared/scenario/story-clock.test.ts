import { describe, expect, it } from 'vitest'
import { word, type Said } from '../../../src/shared/i18n/said'
import { formatStoryTime, nextOccurrence, parseStoryTime, storyTimeLabel } from '../../../src/shared/scenario/story-clock'

/** A failed reading with its reason worded in English. */
const english = <T extends { ok: boolean; reason?: Said }>(result: T) => (result.reason ? { ...result, reason: word('en', result.reason) } : result)

describe('story times', () => {
  it('reads a day and a time of day in the ways authors write them, in English and Spanish', () => {
    expect(parseStoryTime('Friday 23:30')).toEqual({ ok: true, value: { day: 4, minute: 23 * 60 + 30 } })
    expect(parseStoryTime('Sat 2 pm')).toEqual({ ok: true, value: { day: 5, minute: 14 * 60 } })
    expect(parseStoryTime('Sat 2:15 p.m.')).toEqual({ ok: true, value: { day: 5, minute: 14 * 60 + 15 } })
    expect(parseStoryTime('saturday at 12 am')).toEqual({ ok: true, value: { day: 5, minute: 0 } })
    expect(parseStoryTime('Sábado 14:00')).toEqual({ ok: true, value: { day: 5, minute: 14 * 60 } })
    expect(parseStoryTime('martes')).toEqual({ ok: true, value: { day: 1 } })
    expect(parseStoryTime('Tuesday')).toEqual({ ok: true, value: { day: 1 } })
  })

  it('says what is wrong with a time it cannot read', () => {
    expect(english(parseStoryTime('tomorrow'))).toEqual({ ok: false, reason: 'start with a day of the week' })
    expect(english(parseStoryTime('Friday 25:00'))).toEqual({ ok: false, reason: '"25:00" is not a time of day' })
    expect(word('es', (parseStoryTime('Friday 25:00') as { reason: Said }).reason)).toBe('«25:00» no es una hora del día')
    expect(parseStoryTime('Friday 13 pm')).toMatchObject({ ok: false })
    expect(parseStoryTime('')).toMatchObject({ ok: false })
  })

  it('runs forward: each time is the first such moment at or after the one before', () => {
    const friday2330 = nextOccurrence({ day: 4, minute: 1410 }, 0)
    expect(friday2330).toBe(4 * 1440 + 1410)
    // Saturday 14:00 after Friday 23:30 is the next day.
    expect(nextOccurrence({ day: 5, minute: 840 }, friday2330)).toBe(5 * 1440 + 840)
    // Tuesday after a Saturday is the next week's Tuesday.
    expect(nextOccurrence({ day: 1 }, 5 * 1440 + 840)).toBe(7 * 1440 + 1440)
    // The same moment again stays put; a day alone, said on that day, is that day.
    expect(nextOccurrence({ day: 5, minute: 840 }, 5 * 1440 + 840)).toBe(5 * 1440 + 840)
    expect(nextOccurrence({ day: 5 }, 5 * 1440 + 840)).toBe(5 * 1440 + 840)
  })

  it('is worded in the reader’s language, and an unreadable time is shown as written', () => {
    expect(formatStoryTime({ day: 5, minute: 840 }, 'en')).toBe('Saturday 14:00')
    expect(formatStoryTime({ day: 5, minute: 840 }, 'es')).toBe('sábado 14:00')
    expect(formatStoryTime({ day: 1 }, 'es')).toBe('martes')
    expect(storyTimeLabel('Fri 11:30 pm', 'en')).toBe('Friday 23:30')
    expect(storyTimeLabel('sometime', 'en')).toBe('sometime')
    expect(storyTimeLabel(undefined, 'en')).toBeUndefined()
  })
})
