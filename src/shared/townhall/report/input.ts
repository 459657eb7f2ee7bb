// Everything a town hall's report is built from, as main hands it over (to the renderer's worker
// or to the command line): the town hall, what its room said, and the inventory records its
// themes, panel and follow-ups name — passed in, so the report itself stays pure.
import { z } from 'zod'
import { organizationSchema, serviceSchema } from '../../inventory/model'
import { townHallDocumentSchema } from '../document'
import { townHallSchema } from '../model'

/** An organization as the report prints it: its name, kind and how to reach it. */
export const reportOrganizationSchema = organizationSchema.pick({ id: true, name: true, kind: true, contactPerson: true, phone: true, email: true })
export type ReportOrganization = z.infer<typeof reportOrganizationSchema>

/** A service picked for a theme, as the report prints it. */
export const reportServiceSchema = serviceSchema.pick({ id: true, organizationId: true, name: true, category: true, areaNumbers: true, citywide: true, schedule: true, languages: true, status: true })
export type ReportService = z.infer<typeof reportServiceSchema>

/** The inventory records a finished town hall's report reads, kept as it finished: later inventory edits do not change it. */
export const townHallReportSnapshotSchema = z
  .object({
    takenAt: z.iso.datetime(),
    services: z.array(reportServiceSchema),
    organizations: z.array(reportOrganizationSchema),
  })
  .strict()
export type TownHallReportSnapshot = z.infer<typeof townHallReportSnapshotSchema>

export const townHallReportInputSchema = z
  .object({
    townHall: townHallSchema,
    document: townHallDocumentSchema,
    services: z.array(reportServiceSchema),
    organizations: z.array(reportOrganizationSchema),
    /** The records were kept when the town hall finished (else they were read now, from live data). */
    kept: z.boolean(),
  })
  .strict()
export type TownHallReportInput = z.infer<typeof townHallReportInputSchema>

/** The services and organizations a document refers to: picked for themes, on the panel, owning follow-ups. */
export function referencedIds(document: z.infer<typeof townHallDocumentSchema>): { serviceIds: Set<string>; organizationIds: Set<string> } {
  const serviceIds = new Set(document.themes.flatMap((t) => t.serviceIds))
  const organizationIds = new Set([
    ...document.themes.flatMap((t) => t.organizationIds),
    ...document.panel.flatMap((p) => (p.organizationId ? [p.organizationId] : [])),
    ...document.items.flatMap((i) => (i.followUp?.ownerOrganizationId ? [i.followUp.ownerOrganizationId] : [])),
  ])
  return { serviceIds, organizationIds }
}
