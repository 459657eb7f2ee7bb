import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex, relativeLuminance } from '../../../src/shared/appearance/contrast'

describe('WCAG contrast', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#1f5fbf', '#1f5fbf')).toBe(1)
  })

  it('agrees with the published figures: #767676 is the lightest grey that passes 4.5:1 on white, #777777 fails', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3)
  })

  it('reads short and long hex, and refuses anything else', () => {
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc])
    expect(parseHex('#1F5FBF')).toEqual([0x1f, 0x5f, 0xbf])
    expect(() => parseHex('rgb(0 0 0)')).toThrow('not a hex colour')
  })
})
