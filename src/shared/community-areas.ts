// Community areas: the shape of one, and how free text is matched to one (names, variants, numbers).
import { z } from 'zod'
import { textKey } from './text-key'

export const COMMUNITY_AREA_COUNT = 77

export const areaNumberSchema = z.number().int().min(1).max(COMMUNITY_AREA_COUNT)

export const communityAreaSchema = z.object({
  id: z.uuid(),
  number: areaNumberSchema,
  name: z.string().min(1),
  alsoCalled: z.array(z.string()),
  isFocus: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type CommunityArea = z.infer<typeof communityAreaSchema>

/**
 * Folds a name to a key that ignores case, accents, punctuation and spacing, so that
 * "O'Hare", "OHARE" and "o hare" agree, and "Lakeview" can be found from "lake view".
 */
export const normalizeAreaName = textKey

/** The text a name search runs against: the official name and every known variant. */
export function areaSearchKey(area: { name: string; alsoCalled: readonly string[] }): string {
  return [area.name, ...area.alsoCalled].map(normalizeAreaName).join('|')
}

/** A search is by number when it is only digits ("30"), otherwise by name. */
export function parseAreaQuery(query: string): { kind: 'all' } | { kind: 'number'; number: number } | { kind: 'name'; key: string } {
  const trimmed = query.trim()
  if (/^\d{1,3}$/.test(trimmed)) return { kind: 'number', number: Number(trimmed) }
  const key = normalizeAreaName(trimmed)
  return key === '' ? { kind: 'all' } : { kind: 'name', key }
}

/**
 * Finds the one area a piece of imported text names: its number ("30"), its official name
 * in any case ("SOUTH LAWNDALE") or a known variant ("Little Village"). Returns undefined
 * when nothing matches, never a guess.
 */
export function matchCommunityArea<A extends { number: number; name: string; alsoCalled: readonly string[] }>(
  text: string,
  areas: readonly A[],
): A | undefined {
  const number = areaMatcher(areas)(text)
  return number === undefined ? undefined : areas.find((area) => area.number === number)
}

/**
 * A fast matcher for many lookups (an import of thousands of rows): the same rules as
 * matchCommunityArea, with every name and variant folded once up front.
 */
export function areaMatcher(areas: readonly { number: number; name: string; alsoCalled: readonly string[] }[]) {
  const byKey = new Map<string, number>()
  for (const area of areas) {
    for (const name of [area.name, ...area.alsoCalled]) byKey.set(normalizeAreaName(name), area.number)
  }
  const numbers = new Set(areas.map((area) => area.number))
  return (text: string): number | undefined => {
    const trimmed = text.trim()
    if (/^\d{1,2}$/.test(trimmed)) {
      const number = Number(trimmed)
      return numbers.has(number) ? number : undefined
    }
    const key = normalizeAreaName(trimmed)
    return key === '' ? undefined : byKey.get(key)
  }
}

// How directories write "the whole city": Roundtable's own words, the city's names, and "all".
const CITYWIDE_KEYS = new Set(
  ['citywide', 'city-wide', 'city wide', 'Citywide (all of Chicago)', 'Chicago', 'City of Chicago', 'Chicago, IL', 'all', 'all areas', 'all of Chicago', 'all community areas', 'toda la ciudad', 'todo Chicago'].map(textKey),
)

/** Whether an area name means the whole city ("Chicago", "City of Chicago", "citywide", "all"…). */
export function meansCitywide(text: string): boolean {
  return CITYWIDE_KEYS.has(textKey(text))
}
