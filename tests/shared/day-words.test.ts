import { describe, expect, it } from 'vitest'
import { dayOfWord } from '../../src/shared/day-words'

describe('the words for a day', () => {
  it('name a day in English or Spanish, folded, Monday first', () => {
    expect(dayOfWord('mon')).toBe(0)
    expect(dayOfWord('miercoles')).toBe(2)
    expect(dayOfWord('sabado')).toBe(5)
    expect(dayOfWord('sun')).toBe(6)
  })

  it('find no day for other words, even ones every object has', () => {
    expect(dayOfWord('constructor')).toBeUndefined()
    expect(dayOfWord('toString')).toBeUndefined()
    expect(dayOfWord('someday')).toBeUndefined()
  })
})
