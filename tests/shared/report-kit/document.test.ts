import { describe, expect, it } from 'vitest'
import { cssString, printableDocument } from '../../../src/shared/report-kit/document'

describe('the printed documents’ kit', () => {
  it('writes any text as a CSS string that cannot end the string or the style element', () => {
    const hostile = 'a"; } body { display: none } </style><script>x</script>\\'
    const css = cssString(hostile)
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true)
    expect(css.slice(1, -1)).not.toMatch(/["<>]/)
    const html = printableDocument({ lang: 'en', title: hostile, runningHeader: hostile, pageWord: 'Page', ofWord: 'of', body: '<p>x</p>' })
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    expect(html).not.toContain('<script>')
    expect(html).toContain("default-src 'none'")
  })
})
