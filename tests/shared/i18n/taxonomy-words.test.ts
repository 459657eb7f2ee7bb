import { describe, expect, it } from 'vitest'
import { categoryLabelIn, kindLabelIn } from '../../../src/shared/i18n/taxonomy-words'
import { CATEGORIES, ORGANIZATION_KINDS } from '../../../src/shared/inventory/taxonomy'

describe('the taxonomy in both languages', () => {
  it('has an English label equal to the taxonomy’s and a Spanish one of its own for every kind and shipped category', () => {
    for (const kind of ORGANIZATION_KINDS) {
      expect(kindLabelIn('en', kind.id)).toBe(kind.label)
      expect(kindLabelIn('es', kind.id)).not.toBe(kind.id)
    }
    for (const category of CATEGORIES) {
      expect(categoryLabelIn('en', category.id)).toBe(category.label)
      expect(categoryLabelIn('es', category.id)).not.toBe(category.id)
    }
    expect(categoryLabelIn('es', 'street-outreach')).toBe('Alcance comunitario en la calle')
  })

  it('keeps a custom category’s own label, and an unknown kind as written', () => {
    expect(categoryLabelIn('es', 'block-walks', 'Block walks')).toBe('Block walks')
    expect(kindLabelIn('en', 'guild')).toBe('guild')
  })
})
