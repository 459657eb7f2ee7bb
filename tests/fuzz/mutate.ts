// Arbitraries for hostile bytes and text: byte flips, cuts, byte-order marks, invalid UTF-8,
// formula and markup cells, huge strings, control characters — applied to real files.
import fc from 'fast-check'

/** Text that acts somewhere else if a reader is careless: markup, formulas, odd Unicode, names of JS internals. */
export const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</textarea><b>bold</b>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.com","click")',
  '@SUM(A1:A9)',
  '+1+1',
  '-2+3',
  "'=1+1",
  '\t=1',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'toString',
  '\u202eevil\u202c',
  '\u200b\u200d\ufeff',
  '\u2028\u2029',
  'e\u0301\u0301\u0301',
  '😀👩🏽‍🚒',
  '\u0000\u0007\u001b[31m',
  '\\u0000 \\n %s %n',
  '../../etc/passwd',
  'NaN',
  '1e309',
  '-0',
  'null',
]

/** Keys that clash with what every JavaScript object already has. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then']

/** A string to plant in a field: a snippet, random text, or a long run of it. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ unit: 'grapheme', maxLength: 12 })).map(([a, b]) => `${b} ${a} ${b}`) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 60 }) },
  { weight: 1, arbitrary: hugeText(1_000, 400_000) },
)

/** A long string: one character or a short pattern repeated (cheap to make, costly to read carelessly). */
export function hugeText(min: number, max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min, max }), fc.constantFrom('A', 'é', '<b>', '"', ',', '😀', 'ab\r\n')).map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)))
}

/** Byte sequences UTF-8 forbids: lone continuations, overlong forms, surrogates, cut sequences, 0xFF. */
const INVALID_UTF8: readonly number[][] = [[0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xe2, 0x82], [0xc3, 0x28], [0xf4, 0x90, 0x80, 0x80]]
const BOMS: readonly number[][] = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]]

export type ByteEdit =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: readonly number[] }
  | { kind: 'remove'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'newlines'; style: '\r\n' | '\r' | '\n\n' }

const encoder = new TextEncoder()

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...INVALID_UTF8) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.oneof(fc.constant(0), fc.nat()), bytes: fc.constantFrom(...BOMS) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: hostileText.map((text) => [...encoder.encode(text)]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 32 }).map((b) => [...b]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom([0x22], [0x2c], [0x0a], [0x0d], [0x00], [0x5c], [0x27], [0x3a], [0x26], [0x2a]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 2_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('newlines' as const), style: fc.constantFrom('\r\n' as const, '\r' as const, '\n\n' as const) }) },
)

/** Applies edits in order; positions wrap around the length of the bytes at that moment. */
export function applyEdits(original: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let bytes = original
  for (const edit of edits) {
    const at = edit.kind === 'newlines' ? 0 : edit.at % (bytes.length + 1)
    switch (edit.kind) {
      case 'flip': {
        if (bytes.length === 0) break
        bytes = bytes.slice()
        const index = at % bytes.length
        bytes[index] = bytes[index]! ^ edit.mask
        break
      }
      case 'cut':
        bytes = bytes.slice(0, at)
        break
      case 'insert':
        bytes = concat(bytes.subarray(0, at), Uint8Array.from(edit.bytes), bytes.subarray(at))
        break
      case 'remove':
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + edit.length))
        break
      case 'repeat': {
        const piece = bytes.subarray(at, at + edit.length)
        bytes = concat(bytes.subarray(0, at), ...Array.from({ length: edit.times }, () => piece), bytes.subarray(at))
        break
      }
      case 'newlines':
        bytes = encoder.encode(new TextDecoder().decode(bytes).replace(/\r?\n/g, edit.style))
        break
    }
  }
  return bytes
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** One to four edits of a file's bytes. */
export const byteEdits: fc.Arbitrary<ByteEdit[]> = fc.array(byteEdit, { minLength: 1, maxLength: 4 })

/** A short description of edits, for a failure report (inserted bytes shown as a count). */
export function describeEdits(edits: readonly ByteEdit[]): string {
  return edits
    .map((edit) => (edit.kind === 'insert' ? `insert@${edit.at}[${edit.bytes.length > 12 ? `${edit.bytes.length} bytes` : edit.bytes.map((b) => b.toString(16)).join(' ')}]` : JSON.stringify(edit)))
    .join(', ')
}

/** The text a field keeps for a cell: control characters dropped, spaces around trimmed (the documented normalization). */
export function keptText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()
}
