// Services get a response time as hours to start (REAL, NULL = unknown), beside the provider's
// own words, filled from those words where they can be read. The reading is frozen here as it
// was when this shipped (the live one, src/shared/inventory/response-time.ts, may learn more
// words later; a shipped migration never changes).
import type { Migration } from '../migration'

const UNIT_HOURS: [RegExp, number][] = [
  [/^(min|mins|minute|minutes|minuto|minutos)$/, 1 / 60],
  [/^(h|hr|hrs|hour|hours|hora|horas)$/, 1],
  [/^(business|working)\s+(day|days)$/, (24 * 7) / 5],
  [/^(d|day|days|dia|dias)$/, 24],
  [/^(wk|wks|week|weeks|semana|semanas)$/, 168],
  [/^(month|months|mes|meses)$/, 720],
]

/** Response-time words as hours, as read in version 9. */
function hoursFromWords(text: string): number | null {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(\d)([a-z])/g, '$1 $2')
  const found: number[] = []
  for (const match of folded.matchAll(/(\d+(?:\.\d+)?|\ban?\b|\bone\b|\buna?\b|\buno\b)(?:\s*(?:-|–|to|a)\s*(\d+(?:\.\d+)?))?\s+((?:business|working)\s+days?|[a-z]+)/g)) {
    const per = UNIT_HOURS.find(([unit]) => unit.test(match[3]!))?.[1]
    const count = Number(match[2] ?? (/^(a|an|one|un|una|uno)$/.test(match[1]!) ? 1 : match[1]))
    if (per !== undefined && Number.isFinite(count)) found.push(Math.round(count * per * 100) / 100)
  }
  if (found.length > 0) return Math.max(...found)
  if (/\b(immediate|immediately|right away|at once|24\/7|on call|on-call|walk-in|walk in|inmediato|inmediata|inmediatamente|de inmediato)\b/.test(folded)) return 0
  if (/\b(same[- ]day|mismo dia|el mismo dia)\b/.test(folded)) return 12
  if (/\b(next[- ](?:school |business |working )?day|overnight|dia siguiente|al dia siguiente)\b/.test(folded)) return 24
  return null
}

export const migration0009ResponseHours: Migration = {
  version: 9,
  name: 'response hours',
  up(db) {
    db.exec(`ALTER TABLE service ADD COLUMN response_hours REAL CHECK (response_hours IS NULL OR response_hours >= 0)`)
    const fill = db.prepare(`UPDATE service SET response_hours = ? WHERE id = ?`)
    for (const row of db.prepare(`SELECT id, response_time FROM service WHERE response_time <> ''`).all() as { id: string; response_time: string }[]) {
      const hours = hoursFromWords(row.response_time)
      if (hours !== null) fill.run(hours, row.id)
    }
  },
}
