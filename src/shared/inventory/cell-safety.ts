// Odd text in the inventory (markup, a leading =, +, - or @) is kept as the literal text it is:
// React shows it as text, the Situation Manual and reports escape it, and spreadsheet exports
// neutralize it (see spreadsheet/cells.ts). An import says which cells were kept as text, so a
// facilitator is never surprised, and drops the control characters no one can type.
import type { ImportReasonKey } from '../i18n/catalog'

// Cheap first look: most cells have none of these characters and need no closer check.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /^[=@+\-\t\r]|<|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

export type OddText = 'formula' | 'markup'

/** Whether a cell's text would act rather than read somewhere else: a formula in a spreadsheet, markup in a page. */
export function oddTextOf(value: string): OddText | undefined {
  if (!SUSPICIOUS.test(value)) return undefined
  // + and - start formulas too, except in phone numbers and plain numbers (+1 312 555 0100, -5).
  if (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !/^[+-][\d\s().,-]*$/.test(value))) return 'formula'
  if (/<\/?[a-z!][^<>]*>/i.test(value)) return 'markup'
  return undefined
}

/** The reason an import lists for a cell it kept as text. */
export function keptAsTextReason(odd: OddText): ImportReasonKey {
  return odd === 'formula' ? 'import.reason.keptFormula' : 'import.reason.keptMarkup'
}

/** The text without control characters (a stray one breaks exports and no one means it). */
export function withoutControlCharacters(value: string): string {
  return CONTROL.test(value) ? value.replace(CONTROL_ALL, '') : value
}

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value)
}
