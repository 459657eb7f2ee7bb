import { describe, expect, it } from 'vitest'
import { word } from '../../../src/shared/i18n/said'
import { formatSchedule, halfHourMasks, isAvailableAt, parseSchedule, type Schedule } from '../../../src/shared/inventory/schedule'

function parsed(text: string): Schedule {
  const result = parseSchedule(text)
  if (!result.ok) throw new Error(result.reason.key)
  return result.value
}

const FRI = 4
const SAT = 5
const SUN = 6

describe('schedules', () => {
  it('reads around-the-clock and on-call services', () => {
    expect(parsed('24/7')).toEqual({ kind: 'always' })
    expect(parsed(' On Call ')).toEqual({ kind: 'on-call' })
    expect(isAvailableAt(parsed('24/7'), SUN, 3 * 60)).toBe(true)
  })

  it('reads weekday ranges, lists and named groups', () => {
    const schedule = parsed('Mon-Fri 9:00-17:00; Sat,Sun 10:00-14:00')
    expect(schedule.kind === 'hours' && schedule.slots).toHaveLength(7)
    expect(isAvailableAt(schedule, 0, 9 * 60)).toBe(true)
    expect(isAvailableAt(schedule, 0, 17 * 60)).toBe(false)
    expect(isAvailableAt(schedule, SAT, 13 * 60 + 59)).toBe(true)
    expect(isAvailableAt(schedule, SAT, 20 * 60)).toBe(false)
    expect(parsed('weekends 10:00-12:00')).toEqual(parsed('Sat-Sun 10:00-12:00'))
    expect(parsed('Fri-Mon 10:00-12:00')).toEqual(parsed('Fri,Sat,Sun,Mon 10:00-12:00'))
  })

  it('runs an overnight slot into the next morning', () => {
    const schedule = parsed('Fri-Sat 20:00-02:00')
    expect(isAvailableAt(schedule, FRI, 23 * 60)).toBe(true)
    expect(isAvailableAt(schedule, SAT, 60)).toBe(true)
    expect(isAvailableAt(schedule, SUN, 60)).toBe(true)
    expect(isAvailableAt(schedule, SUN, 3 * 60)).toBe(false)
    expect(isAvailableAt(schedule, FRI, 60)).toBe(false)
  })

  it.each([
    ['', /is empty/],
    ['sometimes', /not "DAYS HH:MM-HH:MM"/],
    ['Funday 09:00-10:00', /"funday" is not a day/],
    ['Mon 25:00-26:00', /"25:00" is not a time/],
    ['Mon 09:00-09:00', /same time/],
  ])('explains why %j is not a schedule', (text, reason) => {
    const result = parseSchedule(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && word('en', result.reason)).toMatch(reason)
  })

  it('writes back what it reads', () => {
    for (const text of ['24/7', 'on call', 'Mon-Fri 09:00-17:00; Sat-Sun 10:00-14:00', 'Mon,Wed,Fri 18:00-02:00']) {
      expect(formatSchedule(parsed(text))).toBe(text)
      expect(parsed(formatSchedule(parsed(text)))).toEqual(parsed(text))
    }
  })

  it('marks the half hours a service is open, agreeing with isAvailableAt at each half hour', () => {
    for (const text of ['24/7', 'Mon-Fri 09:15-17:00', 'Fri-Sat 20:00-02:00', 'Sun 00:00-24:00', 'Wed 23:45-00:15']) {
      const schedule = parsed(text)
      const masks = halfHourMasks(schedule)
      for (let day = 0; day < 7; day++) {
        for (let slot = 0; slot < 48; slot++) {
          const bit = Math.floor(masks[day]! / 2 ** slot) % 2 === 1
          expect(bit, `${text} day ${day} slot ${slot}`).toBe(isAvailableAt(schedule, day, slot * 30))
        }
      }
    }
    expect(halfHourMasks(parsed('Mon 09:00-10:00'))[0]).toBe(2 ** 18 + 2 ** 19)
  })
})

describe('schedules in Spanish', () => {
  it.each([
    ['lun-vie 09:00-17:00', 'Mon-Fri 09:00-17:00'],
    ['Lunes a Viernes 09:00-17:00', 'Mon-Fri 09:00-17:00'],
    ['mié,jue 10:00-12:00', 'Wed-Thu 10:00-12:00'],
    ['mie y sáb 10:00-12:00', 'Wed,Sat 10:00-12:00'],
    ['sab,dom 10:00-14:00', 'Sat-Sun 10:00-14:00'],
    ['sábado 20:00-02:00; domingo 10:00-14:00', 'Sat 20:00-02:00; Sun 10:00-14:00'],
    ['martes 18:00-20:00', 'Tue 18:00-20:00'],
    ['todos los días 08:00-20:00', 'Mon-Sun 08:00-20:00'],
    ['fines de semana 10:00-14:00', 'Sat-Sun 10:00-14:00'],
    ['24/7', '24/7'],
    ['siempre', '24/7'],
    ['de guardia', 'on call'],
  ])('reads %j as the stored %j', (text, stored) => {
    const result = parseSchedule(text)
    expect(result.ok && formatSchedule(result.value)).toBe(stored)
  })

  it('shows a schedule with Spanish day names to a Spanish reader, and reads that back', () => {
    const schedule = parsed('Mon-Fri 09:00-17:00; Sat 10:00-14:00')
    expect(formatSchedule(schedule, 'es')).toBe('lun-vie 09:00-17:00; sáb 10:00-14:00')
    expect(parsed(formatSchedule(schedule, 'es'))).toEqual(schedule)
    expect(formatSchedule({ kind: 'on-call' }, 'es')).toBe('de guardia')
  })

  it('words why it cannot read a schedule in the reader’s language', () => {
    const result = parseSchedule('cada tanto')
    expect(!result.ok && word('es', result.reason)).toBe('«cada tanto» no tiene la forma «DÍAS HH:MM-HH:MM» (por ejemplo «lun-vie 09:00-17:00»)')
    const day = parseSchedule('juernes 09:00-10:00')
    expect(!day.ok && word('es', day.reason)).toBe('«juernes» no es un día ni un rango de días como lun, sáb,dom o lun-vie')
  })
})
