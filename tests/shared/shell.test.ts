import { describe, expect, it } from 'vitest'
import { historyLabelsSchema, menuLabel } from '../../src/shared/shell'

describe('shell messages', () => {
  it('words a history label for the menu', () => {
    expect(menuLabel('Undo', 'Add note')).toBe('Undo add note')
    expect(menuLabel('Redo', null)).toBe('Redo')
  })

  it('accepts only the two labels, each short or null', () => {
    expect(historyLabelsSchema.safeParse({ undo: 'Add note', redo: null }).success).toBe(true)
    expect(historyLabelsSchema.safeParse({ undo: 'x'.repeat(201), redo: null }).success).toBe(false)
    expect(historyLabelsSchema.safeParse({ undo: null, redo: null, extra: 1 }).success).toBe(false)
    expect(historyLabelsSchema.safeParse('Undo').success).toBe(false)
  })
})
