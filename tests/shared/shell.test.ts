import { describe, expect, it } from 'vitest'
import { historyLabelsSchema } from '../../src/shared/shell'

describe('shell messages', () => {
  it('accepts only the two labels, each short or null', () => {
    expect(historyLabelsSchema.safeParse({ undo: 'Add note', redo: null }).success).toBe(true)
    expect(historyLabelsSchema.safeParse({ undo: 'x'.repeat(301), redo: null }).success).toBe(false)
    expect(historyLabelsSchema.safeParse({ undo: null, redo: null, extra: 1 }).success).toBe(false)
    expect(historyLabelsSchema.safeParse('Undo').success).toBe(false)
  })
})
