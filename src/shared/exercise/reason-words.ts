// The gap engine's reasons, and why a resource was left out of the suggestions, as messages of
// the catalogs: the renderer words them in the reader's language, main and the reports alike.
import type { MessageKey, MessageValues } from '../i18n/catalog'
import type { GapReason, GapReasonKind } from './gaps'
import type { LeftOutWhy } from './suggestions'

/** How the words of a reason are found: names of resources, categories and languages, and nested messages. */
export interface ReasonWords {
  resource: (id: string) => string
  category: (id: string) => string
  language: (code: string) => string
  /** Hours as the engine describes them ("Mon-Fri 22:00-24:00"), in the reader's words. */
  hours: (described: string) => string
  t: (key: MessageKey, values?: MessageValues) => string
  /** Joins names as a list ("A, B and C"). */
  list: (items: readonly string[]) => string
}

export interface Worded {
  key: MessageKey
  values?: MessageValues
}

/** "3 weeks", "5 days", "48 hours", "6.5 hours": weeks when whole, days once it is two days or more. */
export function duration(hours: number, t: ReasonWords['t']): string {
  if (hours >= 168 && hours % 168 === 0) return t('gap.duration.weeks', { count: hours / 168 })
  if (hours >= 48) return t('gap.duration.days', { count: Math.round((hours / 24) * 2) / 2 })
  return t('gap.duration.hours', { count: Math.round(hours * 2) / 2 })
}

export function reasonMessage(reason: GapReason, words: ReasonWords): Worded {
  const names = (ids: readonly string[]) => words.list(ids.map(words.resource))
  switch (reason.kind) {
    case 'no-resource':
      return { key: 'gap.reason.noResource' }
    case 'no-lead':
      return { key: 'gap.reason.noLead' }
    case 'capacity-short':
      return { key: 'gap.reason.capacityShort', values: { short: reason.short, unit: reason.unit } }
    case 'capacity-not-comparable':
      return { key: 'gap.reason.capacityNotComparable', values: { needUnit: reason.needUnit, resourceUnits: words.list(reason.resourceUnits) } }
    case 'not-at-that-time':
      return { key: 'gap.reason.notAtThatTime', values: { uncovered: words.hours(reason.uncovered) } }
    case 'not-in-language':
      return { key: 'gap.reason.notInLanguage', values: { language: words.language(reason.language) } }
    case 'not-serving-area':
      return { key: 'gap.reason.notServingArea', values: { names: names(reason.resourceIds) } }
    case 'resource-paused':
      return { key: 'gap.reason.paused', values: { names: names(reason.resourceIds) } }
    case 'resource-stale':
      return { key: 'gap.reason.stale', values: { names: names(reason.resourceIds) } }
    case 'other-category':
      return { key: 'gap.reason.otherCategory', values: { names: names(reason.resourceIds), count: reason.resourceIds.length, category: words.category(reason.needCategory) } }
    case 'too-slow':
      return {
        key: 'gap.reason.tooSlow',
        values: {
          deadline: reason.deadline,
          slow: words.list(reason.resources.map((r) => words.t('gap.takes', { name: words.resource(r.id), duration: duration(r.responseHours, words.t) }))),
        },
      }
    case 'response-unknown':
      return { key: 'gap.reason.responseUnknown', values: { deadline: reason.deadline, names: names(reason.resourceIds) } }
    case 'closed-until-deadline':
      return { key: 'gap.reason.closedUntilDeadline', values: { deadline: reason.deadline, names: names(reason.resourceIds) } }
  }
}

/** A reason in a few words, for the list of what a suggestion would leave open. */
export function shortReasonMessage(reason: GapReason, words: ReasonWords): Worded {
  const kind = selector(reason.kind)
  switch (reason.kind) {
    case 'capacity-short':
      return { key: 'gap.short', values: { kind, short: reason.short, unit: reason.unit, detail: '' } }
    case 'not-at-that-time':
      return { key: 'gap.short', values: { kind, detail: words.hours(reason.uncovered), short: 0, unit: '' } }
    case 'not-in-language':
      return { key: 'gap.short', values: { kind, detail: words.language(reason.language), short: 0, unit: '' } }
    case 'other-category':
      return { key: 'gap.short', values: { kind, detail: words.list(reason.resourceIds.map(words.resource)), short: 0, unit: '' } }
    case 'too-slow':
      return { key: 'gap.short', values: { kind, detail: reason.deadline, short: 0, unit: '' } }
    default:
      return { key: 'gap.short', values: { kind, detail: '', short: 0, unit: '' } }
  }
}

/** ICU selectors are plain words: "not-in-language" is selected as "notInLanguage". */
function selector(kind: string): string {
  return kind.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** A few words for what linking a suggested resource would close. */
export function closesMessage(kind: GapReasonKind): Worded {
  return { key: 'gap.closes', values: { kind: selector(kind) } }
}

export function leftOutMessage(why: LeftOutWhy, words: ReasonWords): Worded {
  switch (why.kind) {
    case 'paused':
      return { key: 'gap.leftOut.paused' }
    case 'stale':
      return why.lastVerified === null ? { key: 'gap.leftOut.neverVerified' } : { key: 'gap.leftOut.stale', values: { date: why.lastVerified } }
    case 'over-capacity':
      return { key: 'gap.leftOut.overCapacity' }
    case 'closed-then':
      return { key: 'gap.leftOut.closedThen', values: { uncovered: words.hours(why.uncovered) } }
    case 'wrong-language':
      return { key: 'gap.leftOut.wrongLanguage', values: { languages: words.list(why.languages.map(words.language)) } }
    case 'too-slow':
      return { key: 'gap.leftOut.tooSlow', values: { takes: duration(why.responseHours, words.t), within: duration(why.hours, words.t) } }
    case 'response-unknown':
      return { key: 'gap.leftOut.responseUnknown' }
    case 'closed-until-deadline':
      return { key: 'gap.leftOut.closedUntilDeadline' }
    case 'not-serving-area':
      return { key: 'gap.leftOut.notServingArea' }
    case 'closes-nothing':
      return { key: 'gap.leftOut.closesNothing' }
  }
}

/** Words a message with the given words' translator. */
export function word(worded: Worded, words: Pick<ReasonWords, 't'>): string {
  return words.t(worded.key, worded.values)
}
