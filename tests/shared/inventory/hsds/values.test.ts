import { describe, expect, it } from 'vitest'
import { BYDAY_CODES, dayOfByday, formatCapacityText, hsdsTime, parseCapacityText } from '../../../../src/shared/inventory/hsds/values'

describe('HSDS values', () => {
  it('writes and reads capacity as text', () => {
    const capacity = { amount: 12.5, unit: 'families in need', period: 'week' as const }
    expect(parseCapacityText(formatCapacityText(capacity))).toEqual(capacity)
    expect(parseCapacityText('lots')).toBeUndefined()
    expect(parseCapacityText('5 people/fortnight')).toBeUndefined()
  })

  it('reads back every weekday code it writes, and no other', () => {
    expect(BYDAY_CODES.map(dayOfByday)).toEqual([0, 1, 2, 3, 4, 5, 6])
    for (const code of ['', 'mo', 'MONDAY', '1MO', 'CONSTRUCTOR']) expect(dayOfByday(code)).toBeUndefined()
  })

  it('reads times of day with or without seconds, up to 24:00', () => {
    expect(hsdsTime('10:00:00')).toBe('10:00')
    expect(hsdsTime(' 9:30 ')).toBe('09:30')
    expect(hsdsTime('24:00')).toBe('24:00')
    expect(hsdsTime('25:00')).toBeUndefined()
    expect(hsdsTime('noon')).toBeUndefined()
    expect(hsdsTime(undefined)).toBeUndefined()
  })
})
