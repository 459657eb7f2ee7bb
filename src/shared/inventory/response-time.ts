// A service's response time as hours to start helping, read from the words providers write
// ("same day", "2 days", "48 hours", "immediately"). What cannot be read stays unknown (null):
// the gap engine then says "response time unknown" rather than guess.
//
// What the words mean, counted at their honest worst:
//   immediately, right away, at once, 24/7, on call, walk-in, inmediato  →  0 hours
//   N minutes → N/60 · N hours, N h, N hrs, N horas → N · N days, N días → 24·N
//   N business days → 24·N·7/5 (weekends fall between) · N weeks → 168·N · N months → 720·N
//   a range ("3-5 days", "2 to 3 weeks") → its longest · "a day", "a week", "an hour" → one
//   same day, mismo día → 12 (help starts within the working day, not at once)
//   next day, next school day, overnight, día siguiente → 24
// A number with its unit wins over words beside it: "same day (4 hours)" is 4.

const UNITS: [RegExp, number][] = [
  [/^(min|mins|minute|minutes|minuto|minutos)$/, 1 / 60],
  [/^(h|hr|hrs|hour|hours|hora|horas)$/, 1],
  [/^(business|working)\s+(day|days)$/, (24 * 7) / 5],
  [/^(d|day|days|dia|dias)$/, 24],
  [/^(wk|wks|week|weeks|semana|semanas)$/, 168],
  [/^(month|months|mes|meses)$/, 720],
]
const ONE = /^(a|an|one|un|una|uno)$/
const AT_ONCE = /\b(immediate|immediately|right away|at once|24\/7|on call|on-call|walk-in|walk in|inmediato|inmediata|inmediatamente|de inmediato)\b/
const SAME_DAY = /\b(same[- ]day|mismo dia|el mismo dia)\b/
const NEXT_DAY = /\b(next[- ](?:school |business |working )?day|overnight|dia siguiente|al dia siguiente)\b/

function unitHours(unit: string): number | undefined {
  return UNITS.find(([pattern]) => pattern.test(unit))?.[1]
}

/** Hours until the service can start, or null when the words do not say. */
export function parseResponseTime(text: string): number | null {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)([a-z])/g, '$1 $2')
  let longest: number | undefined
  // "3-5 days", "2 to 3 weeks", "48 hours", "2 business days", "a week".
  const quantities = /(\d+(?:\.\d+)?|\ban?\b|\bone\b|\buna?\b|\buno\b)(?:\s*(?:-|–|to|a)\s*(\d+(?:\.\d+)?))?\s+((?:business|working)\s+days?|[a-z]+)/g
  for (const match of folded.matchAll(quantities)) {
    const unit = unitHours(match[3]!)
    if (unit === undefined) continue
    const count = Number(match[2] ?? (ONE.test(match[1]!) ? 1 : match[1]))
    if (!Number.isFinite(count)) continue
    const hours = Math.round(count * unit * 100) / 100
    longest = longest === undefined ? hours : Math.max(longest, hours)
  }
  if (longest !== undefined) return longest
  if (AT_ONCE.test(folded)) return 0
  if (SAME_DAY.test(folded)) return 12
  if (NEXT_DAY.test(folded)) return 24
  return null
}
