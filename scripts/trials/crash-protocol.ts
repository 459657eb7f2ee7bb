// What a crash-trial child says it has done, and the import it runs.
import { ROUNDTABLE_CSV_HEADER } from '../../src/shared/inventory/roundtable-csv'

export type Acknowledged =
  | { t: 'ready'; session: string; townHall: string }
  | { t: 'note'; session: string; text: string }
  | { t: 'capture'; townHall: string; text: string }
  | { t: 'load'; service: string; value: number }
  | { t: 'organization'; name: string }
  /** Said before the commit: after a kill the import is there whole, or not at all. */
  | { t: 'importStarted'; tag: string }
  | { t: 'import'; tag: string }

export const IMPORT_ROWS = 40

/** A small directory of IMPORT_ROWS services, named by the import's tag. */
export function importCsv(tag: string): string {
  const lines = [ROUNDTABLE_CSV_HEADER.join(',')]
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const row: Record<string, string> = {
      organization: `Import ${tag} organization`,
      organization_kind: 'street-outreach',
      service: `Import ${tag} service ${i}`,
      category: 'street-outreach',
      community_areas: 'Austin',
      schedule: 'Mon-Fri 09:00-17:00',
      languages: 'English; Spanish',
    }
    lines.push(ROUNDTABLE_CSV_HEADER.map((column) => row[column] ?? '').join(','))
  }
  return `${lines.join('\n')}\n`
}
