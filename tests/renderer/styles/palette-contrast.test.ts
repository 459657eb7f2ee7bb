// Holds the palettes in tokens.css to WCAG AA for the colours the stylesheets put together: a
// palette change that makes a pair hard to read fails here, naming the theme and the pair.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../../src/shared/appearance/contrast'

const TOKENS = readFileSync(fileURLToPath(new URL('../../../src/renderer/src/styles/tokens.css', import.meta.url)), 'utf8')

/** A theme's custom properties, from its `:root[data-theme='…']` block. */
function declarations(theme: string): Record<string, string> {
  const start = TOKENS.indexOf(`:root[data-theme='${theme}'] {`)
  if (start < 0) throw new Error(`no ${theme} palette`)
  const block = TOKENS.slice(start, TOKENS.indexOf('}', start))
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]))
}

/** Its hex colours, the ones a ratio can be computed for. */
function palette(theme: string): Record<string, string> {
  return Object.fromEntries(Object.entries(declarations(theme)).filter(([, value]) => /^#[0-9a-f]{3,6}$/i.test(value)))
}

const on = (ink: string, backgrounds: string[]): [string, string][] => backgrounds.map((bg) => [ink, bg])

/** Text and the background it sits on somewhere in the stylesheets: 4.5:1. */
const TEXT: [string, string][] = [
  ...on('ink', ['paper', 'card', 'surface-soft', 'surface-head', 'neutral-bg', 'focus-row', 'selected-bg', 'info-bg', 'warn-bg', 'warn-soft-bg', 'ok-bg', 'danger-bg', 'variable-bg']),
  ...on('ink', ['map-bg', 'map-organization-bg', 'map-resource-bg', 'map-inactive-bg', 'presenter-map-bg']),
  ...on('ink-muted', ['paper', 'card', 'surface-soft', 'surface-head', 'map-bg', 'map-organization-bg', 'map-resource-bg']),
  ...on('accent', ['paper', 'card', 'surface-soft', 'info-bg']),
  ['accent-ink', 'accent'],
  ...on('danger', ['paper', 'card', 'surface-soft', 'danger-bg']),
  ...on('ok', ['paper', 'card', 'surface-soft', 'ok-bg']),
  ...on('star', ['paper', 'card', 'warn-soft-bg']),
  ['warn-ink', 'warn-bg'],
  ['info-ink', 'info-bg'],
  ['variable-ink', 'variable-bg'],
  ...on('sidebar-ink', ['sidebar']),
  ...on('sidebar-muted', ['sidebar']),
  ['sidebar-current-ink', 'sidebar-current-bg'],
  ...['presenter-ink', 'presenter-muted', 'presenter-accent', 'presenter-reason'].map((ink): [string, string] => [ink, 'presenter-bg']),
  ['presenter-alert-ink', 'presenter-alert-bg'],
]

/** Edges that alone say what a thing is (a field's border, a map node's kind, a link): 3:1. */
const EDGES: [string, string][] = [
  ...on('control-line', ['card', 'paper']),
  ['logo', 'sidebar'],
  ...on('map-bg', ['map-organization', 'map-resource', 'danger', 'map-link', 'map-link-coordinates', 'map-link-refers']).map(([bg, line]): [string, string] => [line, bg]),
  ['map-covered', 'card'],
  ['presenter-bar', 'presenter-bg'],
]

describe.each(['light', 'dark', 'projector'])('the %s palette', (theme) => {
  const colours = palette(theme)
  const ratio = (a: string, b: string) => {
    if (!colours[a] || !colours[b]) throw new Error(`${theme} lacks --${colours[a] ? b : a}`)
    return contrastRatio(colours[a], colours[b])
  }
  const failing = (pairs: [string, string][], least: number) => pairs.filter(([a, b]) => ratio(a, b) < least).map(([a, b]) => `${a} on ${b}: ${ratio(a, b).toFixed(2)}`)

  it('keeps every text colour at 4.5:1 or more on the backgrounds it is used on', () => {
    expect(failing(TEXT, 4.5)).toEqual([])
  })

  it('keeps field edges, map nodes and links at 3:1 or more', () => {
    expect(failing(EDGES, 3)).toEqual([])
  })

  it('draws a focus ring that shows at 3:1 on the paper and on cards (its yellow or its edge)', () => {
    for (const bg of ['paper', 'card']) expect(Math.max(ratio('focus', bg), ratio('focus-edge', bg)), `focus on ${bg}`).toBeGreaterThanOrEqual(3)
  })

  it('defines the same colours as the light palette, so no token falls back to light in this theme', () => {
    expect(Object.keys(declarations(theme)).sort()).toEqual(Object.keys(declarations('light')).sort())
  })
})

it('puts no hard-coded colour in a stylesheet other than the tokens', async () => {
  const { readdirSync } = await import('node:fs')
  const root = fileURLToPath(new URL('../../../src/renderer/src/', import.meta.url))
  const offenders = (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.css') && !file.endsWith('tokens.css'))
    .flatMap((file) => (readFileSync(root + file, 'utf8').match(/#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)/g) ?? []).map((colour) => `${file}: ${colour}`))
  expect(offenders).toEqual([])
})
