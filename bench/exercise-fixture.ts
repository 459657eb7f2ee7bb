// A large exercise for the gap benchmark: 50,000 inventory resources and 2,000 needs.
import type { Coverage, GapNeed, GapResource, Lead, Urgency } from '../src/shared/exercise/gaps'
import { parseSchedule, type Schedule } from '../src/shared/inventory/schedule'
import { CATEGORIES } from '../src/shared/inventory/taxonomy'

const SCHEDULES = ['Mon-Fri 09:00-17:00', 'Fri-Sat 20:00-02:00', '24/7', 'on call', 'Mon-Thu 16:00-20:00; Sat 10:00-14:00', 'daily 08:00-20:00'].map((text) => {
  const parsed = parseSchedule(text)
  if (!parsed.ok) throw new Error(parsed.reason.key)
  return parsed.value
})
const NEED_WINDOWS = ['Sat-Sun 22:00-04:00', 'daily 08:00-20:00', 'Mon-Fri 15:00-19:00', '24/7'].map((text) => parseSchedule(text)).map((p) => (p.ok ? p.value : ({ kind: 'always' } as Schedule)))
const LANGUAGE_SETS = [['en'], ['en', 'es'], ['es'], ['en', 'pl']]
const URGENCIES: Urgency[] = ['low', 'medium', 'high', 'critical']

function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

export function largeExercise(resourceCount: number, needCount: number) {
  const random = sequence(7)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const resources: GapResource[] = []
  for (let i = 0; i < resourceCount; i++) {
    const capacity = Math.floor(random() * 50)
    resources.push({
      id: `r${i}`,
      category: pick(CATEGORIES).id,
      status: random() < 0.9 ? 'active' : 'paused',
      citywide: random() < 0.05,
      areaNumbers: [1 + Math.floor(random() * 77), 1 + Math.floor(random() * 77)],
      schedule: pick(SCHEDULES),
      languages: pick(LANGUAGE_SETS),
      capacity: { amount: capacity, unit: pick(['people', 'families', 'workers']), period: 'week' },
      currentLoad: Math.floor(capacity * random()),
      lastVerified: random() < 0.8 ? '2026-09-01' : '2024-01-01',
      responseHours: pick([null, 2, 24, 120]),
    })
  }
  const byCategory = new Map<string, GapResource[]>()
  for (const resource of resources) byCategory.set(resource.category, [...(byCategory.get(resource.category) ?? []), resource])
  const needs: GapNeed[] = []
  const coverages: Coverage[] = []
  const leads: Lead[] = []
  for (let i = 0; i < needCount; i++) {
    const category = pick(CATEGORIES).id
    const need: GapNeed = {
      id: `n${i}`,
      category,
      areaNumber: 1 + Math.floor(random() * 77),
      when: pick(NEED_WINDOWS),
      languages: pick([['en'], ['es'], [], ['en', 'es']]),
      deadline: pick([undefined, undefined, { hours: 48, text: 'within 48 hours' }]),
      amount: { value: 1 + Math.floor(random() * 20), unit: pick(['people', 'families', 'workers']) },
      urgency: pick(URGENCIES),
    }
    needs.push(need)
    const candidates = byCategory.get(category) ?? []
    const linkCount = Math.floor(random() * 4)
    for (let l = 0; l < linkCount && candidates.length > 0; l++) coverages.push({ resourceId: pick(candidates).id, needId: need.id })
    if (random() < 0.7) leads.push({ organizationId: `o${i % 300}`, needId: need.id })
  }
  return { resources, needs, coverages, leads }
}
