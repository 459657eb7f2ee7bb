import { describe, expect, it } from 'vitest'
import { contactOf, scheduleIn, themeNameIn } from '../../../../src/shared/townhall/report/words'

describe('town-hall report words', () => {
  it('names a starter theme in the reader’s language until it is renamed', () => {
    expect(themeNameIn('en', { starter: 'lighting' })).toBe('Lighting and vacant lots')
    expect(themeNameIn('es', { starter: 'youth' })).toBe('Jóvenes y empleo')
    expect(themeNameIn('es', { starter: 'youth', name: 'Summer jobs' })).toBe('Summer jobs')
    expect(themeNameIn('en', { name: 'Buses and shelters' })).toBe('Buses and shelters')
  })

  it('words hours with the reader’s weekdays, runs of days joined', () => {
    const slots = [0, 1, 2, 3, 4].map((day) => ({ day, opens: '09:00', closes: '17:00' }))
    const schedule = { kind: 'hours' as const, slots: [...slots, { day: 5, opens: '10:00', closes: '14:00' }] }
    expect(scheduleIn('en', schedule)).toBe('Mon–Fri 09:00–17:00; Sat 10:00–14:00')
    expect(scheduleIn('es', schedule)).toBe('lun–vie 09:00–17:00; sáb 10:00–14:00')
    expect(scheduleIn('en', { kind: 'always' })).toBe('24/7')
    expect(scheduleIn('es', { kind: 'on-call' })).toBe('De guardia')
  })

  it('gives whatever contact the inventory has', () => {
    expect(contactOf({ id: 'x', name: 'A', kind: 'other', contactPerson: 'Ana Ruiz', phone: '', email: 'ana@example.org' })).toBe('Ana Ruiz, ana@example.org')
    expect(contactOf(undefined)).toBe('')
  })
})
