// Arbitraries for hostile structure: a real JSON document changed at one place (a planted string,
// a wrong type, a deleted or unexpected key, nesting thousands deep, an array grown a thousandfold),
// and YAML that attacks the parser (alias bombs, cycles, deep nesting, tags, huge scalars).
import fc from 'fast-check'
import { HOSTILE_KEYS, hostileText, hugeText } from './mutate'

export type JsonPath = (string | number)[]

/** Every place in a JSON value, parents before children. */
export function pathsOf(value: unknown, at: JsonPath = [], into: JsonPath[] = []): JsonPath[] {
  into.push(at)
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...at, index], into))
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], into)
  return into
}

export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value)
}

/** Nesting `depth` deep, as arrays or objects. */
export function nested(depth: number, as: 'array' | 'object'): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = as === 'array' ? [value] : { a: value }
  return value
}

export type Change =
  | { kind: 'set'; value: unknown; label: string }
  | { kind: 'delete' }
  | { kind: 'addKey'; key: string; value: unknown }
  | { kind: 'grow'; times: number }
  /** Nesting too deep to build as a value: written into the text in place of NEST_MARK. */
  | { kind: 'nest'; depth: number; as: 'array' | 'object'; key: string | null }

export const NEST_MARK = '@@NEST@@'

const oddValue: fc.Arbitrary<{ value: unknown; label: string }> = fc.oneof(
  { weight: 4, arbitrary: hostileText.map((value) => ({ value, label: `text(${value.length})` })) },
  { weight: 1, arbitrary: hugeText(100_000, 2_000_000).map((value) => ({ value, label: `huge(${value.length})` })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<unknown>(null, 0, -1, 1.5, 1e308, -1e308, true, false, '', [], {}, '2026-02-30', '9999-12-31T23:59:59Z', 2 ** 53 + 1, { toString: 1, valueOf: 1 }, { length: 1e9 }, ['constructor'], '__proto__', 'constructor')
      .map((value) => ({ value, label: JSON.stringify(value) })),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ value, label: 'json' })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 2, max: 60 }), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([depth, as]) => ({ value: nested(depth, as), label: `nested(${as},${depth})` })),
  },
)

export const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: oddValue.map(({ value, label }) => ({ kind: 'set' as const, value, label })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addKey' as const), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), value: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), times: fc.integer({ min: 2, max: 3_000 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      depth: fc.integer({ min: 100, max: 100_000 }),
      as: fc.constantFrom<'array' | 'object'>('array', 'object'),
      // In place of the value, or under a new key beside it (where a lenient schema lets unknown keys through).
      key: fc.option(fc.constantFrom('extra', 'detail', '__proto__'), { freq: 2 }),
    }),
  },
)

/** A copy of `value` with `change` made at `path` (the root is replaced, never deleted). */
export function changed(value: unknown, path: JsonPath, edit: Change): unknown {
  const copy = structuredClone(value)
  if (edit.kind === 'nest') edit = edit.key === null ? { kind: 'set', value: NEST_MARK, label: '' } : { kind: 'addKey', key: edit.key, value: NEST_MARK }
  if (path.length === 0) return edit.kind === 'set' ? edit.value : apply(copy, edit)
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[]
  const key = path[path.length - 1]!
  if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete parent[key as string]
  } else if (edit.kind === 'set') (parent as Record<string | number, unknown>)[key] = edit.value
  else (parent as Record<string | number, unknown>)[key] = apply((parent as Record<string | number, unknown>)[key], edit)
  return copy
}

function apply(node: unknown, edit: Change): unknown {
  if (edit.kind === 'addKey' && typeof node === 'object' && node !== null && !Array.isArray(node)) {
    // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
    Object.defineProperty(node, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true })
    return node
  }
  if (edit.kind === 'grow' && Array.isArray(node) && node.length > 0) return Array.from({ length: node.length * edit.times }, (_, i) => node[i % node.length])
  if (edit.kind === 'grow' && typeof node === 'string') return node.repeat(Math.min(edit.times, Math.ceil(2_000_000 / Math.max(1, node.length))))
  return node
}

export function describeChange(path: JsonPath, edit: Change): string {
  const where = path.join('.') || '(root)'
  if (edit.kind === 'set') return `${where} = ${edit.label}`
  if (edit.kind === 'nest') return `${where}${edit.key === null ? '' : `.${edit.key}`} = nested(${edit.as},${edit.depth})`
  if (edit.kind === 'addKey') return `${where} + key ${JSON.stringify(edit.key)}`
  return `${where} ${edit.kind}${edit.kind === 'grow' ? ` x${edit.times}` : ''}`
}

/** JSON text with nesting past what a recursive writer survives, built without recursion. */
export function nestedJsonText(depth: number, as: 'array' | 'object'): string {
  return as === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

/** The changed value as text (JSON, or YAML through `yaml`), with the deep nesting written in. */
export function written(value: unknown, edit: Change, as: (value: unknown) => string): string {
  const text = as(value)
  if (edit.kind !== 'nest') return text
  const nesting = nestedJsonText(edit.depth, edit.as)
  return text.replace(`"${NEST_MARK}"`, () => nesting).replace(NEST_MARK, () => nesting)
}

/** YAML that attacks the reader itself, whatever scenario it claims to be. */
export const hostileYaml: fc.Arbitrary<{ label: string; text: string }> = fc.oneof(
  fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 10 })).map(([levels, width]) => ({ label: `alias-bomb(${levels}x${width})`, text: aliasBomb(levels, width) })),
  fc.tuple(fc.integer({ min: 10, max: 50_000 }), fc.constantFrom('[', '{a: ', '- ')).map(([depth, open]) => ({ label: `nested(${open.trim()},${depth})`, text: nestedYaml(depth, open) })),
  fc.integer({ min: 10, max: 3_000 }).map((depth) => ({ label: `indented(${depth})`, text: Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n') })),
  fc.constantFrom(
    { label: 'cycle', text: '&a [*a]' },
    { label: 'cycle-map', text: 'formatVersion: 3\noverview: &o\n  self: *o\n' },
    { label: 'merge-keys', text: 'base: &b {title: x}\noverview:\n  <<: *b\n  <<: *b\n' },
    { label: 'tags', text: 'formatVersion: !!binary aGVsbG8=\noverview: !!js/function "function () {}"\nmodules: !!set {a, b}\nid: !custom x\n' },
    { label: 'directives', text: '%YAML 9.9\n%TAG ! tag:x,2000:\n--- !x\na: 1\n' },
    { label: 'documents', text: 'formatVersion: 3\n---\nformatVersion: 3\n...\n---\n' },
    { label: 'undefined-alias', text: 'a: *nowhere\n' },
    { label: 'duplicate-keys', text: 'formatVersion: 3\nformatVersion: 3\n' },
    { label: 'proto', text: '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nformatVersion: 3\n' },
    { label: 'big-number', text: 'formatVersion: 99999999999999999999999999999\n' },
    { label: 'not-a-mapping', text: '- just\n- a list\n' },
    { label: 'empty', text: '' },
    { label: 'nul', text: 'formatVersion: 3\u0000\n' },
  ),
  hugeText(1_000_000, 5_200_000).map((text) => ({ label: `huge-scalar(${text.length})`, text: `formatVersion: 3\nid: "${text.replace(/["\\\r\n]/g, 'x')}"\n` })),
)

export function aliasBomb(levels: number, width: number): string {
  const names = Array.from({ length: levels }, (_, i) => `l${i}`)
  const lines = [`${names[0]}: &${names[0]} [${Array(width).fill('"lol"').join(', ')}]`]
  for (let i = 1; i < levels; i++) lines.push(`${names[i]}: &${names[i]} [${Array(width).fill(`*${names[i - 1]}`).join(', ')}]`)
  return `${lines.join('\n')}\n`
}

function nestedYaml(depth: number, open: string): string {
  if (open === '- ') return Array.from({ length: Math.min(depth, 3_000) }, (_, i) => `${'  '.repeat(i)}- `).join('\n') + 'x\n'
  const close = open === '[' ? ']' : '}'
  return `${open.repeat(depth)}x${close.repeat(depth)}\n`
}
