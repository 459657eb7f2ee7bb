// What the facilitator chooses before a report leaves the room, remembered per session: its
// language, its sections, names or organizations only, contacts, and the facilitator's notes.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'

export const REPORT_SECTIONS = ['overview', 'objectives', 'timeline', 'map', 'gaps', 'committed', 'analysis', 'plan', 'parkingLot', 'prevention', 'appendix'] as const
export type ReportSection = (typeof REPORT_SECTIONS)[number]

export const reportOptionsSchema = z
  .object({
    language: z.enum(['en', 'es']),
    sections: z.array(z.enum(REPORT_SECTIONS)).min(1, says('validation.report.sections')),
    /** People by name, or only the organizations they came for. */
    people: z.enum(['names', 'organizations']),
    /** Contacts of those who consented to share them; never anyone else's. */
    contacts: z.boolean(),
    /** The scenario's facilitator notes and expected actions under each inject. */
    facilitatorNotes: z.boolean(),
  })
  .strict()
export type ReportOptions = z.infer<typeof reportOptionsSchema>

export function defaultReportOptions(language: 'en' | 'es'): ReportOptions {
  return { language, sections: [...REPORT_SECTIONS], people: 'organizations', contacts: false, facilitatorNotes: false }
}
