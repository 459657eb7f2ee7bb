// A large, varied inventory CSV for benchmarks: N services across N/10 organizations.
import { CATEGORIES, ORGANIZATION_KIND_IDS } from '../src/shared/inventory/taxonomy'
import { ROUNDTABLE_CSV_HEADER } from '../src/shared/inventory/roundtable-csv'

const SCHEDULES = ['Mon-Fri 09:00-17:00', 'Fri-Sat 20:00-02:00', '24/7', 'on call', 'Mon-Thu 16:00-20:00; Sat 10:00-14:00', 'daily 08:00-20:00']
const LANGUAGES = ['English', 'English; Spanish', 'Spanish', 'English; Polish', 'English; Spanish; Arabic']

/** A deterministic pseudo-random sequence, so every run measures the same file. */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function largeInventoryCsv(services: number): string {
  const random = sequence(42)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const lines = [ROUNDTABLE_CSV_HEADER.join(',')]
  for (let i = 0; i < services; i++) {
    const org = Math.floor(i / 10)
    const areaCount = 1 + Math.floor(random() * 3)
    const areas = Array.from({ length: areaCount }, () => 1 + Math.floor(random() * 77))
    const capacity = Math.floor(random() * 200)
    const values: Record<string, string> = {
      organization: `Bench Organization ${org} (sample)`,
      organization_kind: ORGANIZATION_KIND_IDS[org % ORGANIZATION_KIND_IDS.length]!,
      organization_phone: `(312) 555-01${String(org % 100).padStart(2, '0')}`,
      service: `Service ${i} of organization ${org}`,
      category: pick(CATEGORIES).id,
      description: 'A benchmark service, with a description of ordinary length, commas, and "quotes".',
      community_areas: random() < 0.05 ? 'citywide' : areas.join('; '),
      capacity_amount: String(capacity),
      capacity_unit: 'people',
      capacity_period: pick(['day', 'week', 'month']),
      current_load: String(Math.floor(capacity * random())),
      schedule: pick(SCHEDULES),
      languages: pick(LANGUAGES),
      min_age: random() < 0.3 ? '14' : '',
      max_age: random() < 0.3 ? '24' : '',
      response_time: '2 days',
      status: random() < 0.9 ? 'active' : 'paused',
      last_verified: `202${4 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-15`,
    }
    lines.push(ROUNDTABLE_CSV_HEADER.map((column) => quote(values[column] ?? '')).join(','))
  }
  return lines.join('\n') + '\n'
}
