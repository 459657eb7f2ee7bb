// When a need must be met, as a scenario says it: "within 48 hours", "within 2 days of inject 2.2",
// "by Saturday 10:00", "tonight" (until 06:00 after the need arises), "this week" (until Sunday
// ends). English and Spanish ("en 48 horas", "esta noche", "para el sábado 10:00").
import { said, type Said } from '../i18n/said'
import { foldWords, parseStoryTime, type StoryTime } from './story-clock'

/** An inject by its place (module 2, inject 2: "2.2") or by its id. */
export type InjectRef = { module: number; inject: number } | { id: string }

export type Deadline =
  | { kind: 'within'; hours: number; after?: InjectRef | undefined }
  | { kind: 'by'; at: StoryTime }
  | { kind: 'tonight' }
  | { kind: 'this-week' }

export type DeadlineResult = { ok: true; value: Deadline } | { ok: false; reason: Said }

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, un: 1, una: 1, uno: 1, two: 2, dos: 2, three: 3, tres: 3, seven: 7, siete: 7 }
const UNIT_HOURS: Record<string, number> = {
  h: 1, hr: 1, hrs: 1, hour: 1, hours: 1, hora: 1, horas: 1,
  day: 24, days: 24, dia: 24, dias: 24,
  week: 168, weeks: 168, semana: 168, semanas: 168,
}

export function parseDeadline(text: string): DeadlineResult {
  const words = foldWords(text)
  // "48h" is "48 h".
  const phrase = words.join(' ').replace(/^(within|in|en|dentro de) (\d+)([a-z]+)/, '$1 $2 $3')
  if (phrase === 'tonight' || phrase === 'esta noche') return { ok: true, value: { kind: 'tonight' } }
  if (phrase === 'this week' || phrase === 'esta semana') return { ok: true, value: { kind: 'this-week' } }

  const by = /^(?:by|before|antes del?|para el|el)\s+(.+)$/.exec(phrase)
  if (by) {
    const at = parseStoryTime(by[1]!)
    return at.ok ? { ok: true, value: { kind: 'by', at: at.value } } : { ok: false, reason: said('deadline.byNeedsStoryTime', { reason: at.reason }) }
  }

  const within = /^(?:within|in|en|dentro de)\s+(\S+)\s+(\S+)(?:\s+(?:of|after|from|de|del|despues de|despues del)\s+(?:the\s+|el\s+|la\s+)?(?:inject|aviso|novedad)\s+(\S+))?$/.exec(phrase)
  if (within) {
    const count = /^\d+(\.\d+)?$/.test(within[1]!) ? Number(within[1]) : NUMBER_WORDS[within[1]!]
    const unit = UNIT_HOURS[within[2]!]
    if (count === undefined || count <= 0) return { ok: false, reason: said('deadline.notACount', { text: within[1]! }) }
    if (unit === undefined) return { ok: false, reason: said('deadline.notAUnit', { text: within[2]! }) }
    const hours = count * unit
    if (within[3] === undefined) return { ok: true, value: { kind: 'within', hours } }
    const place = /^(\d+)\.(\d+)$/.exec(within[3])
    const after: InjectRef = place ? { module: Number(place[1]), inject: Number(place[2]) } : { id: within[3] }
    return { ok: true, value: { kind: 'within', hours, after } }
  }
  return { ok: false, reason: said('deadline.writeLike') }
}
