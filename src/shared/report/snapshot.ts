// What a report needs beyond the session itself: the organizations and resources its map and
// notes refer to, the categories they use, and the gap analysis. A finished session keeps one
// taken when it finished, so later inventory edits or deletions do not change its report; a
// running session's report reads one taken on the spot.
import { z } from 'zod'
import { areaNumberSchema } from '../community-areas'
import { capacitySchema, SERVICE_STATUSES } from '../inventory/model'
import { scheduleSchema } from '../inventory/schedule'
import { ORGANIZATION_KIND_IDS } from '../inventory/taxonomy'

export const snapshotOrganizationSchema = z.object({ id: z.uuid(), name: z.string().max(200), kind: z.enum(ORGANIZATION_KIND_IDS) }).strict()

export const snapshotResourceSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    name: z.string().max(200),
    category: z.string().max(60),
    areaNumbers: z.array(areaNumberSchema),
    citywide: z.boolean(),
    capacity: capacitySchema.nullable(),
    currentLoad: z.number().nonnegative().nullable(),
    schedule: scheduleSchema,
    languages: z.array(z.string().max(20)),
    responseHours: z.number().nonnegative().nullable(),
    status: z.enum(SERVICE_STATUSES),
    lastVerified: z.iso.date().nullable(),
  })
  .strict()
export type SnapshotResource = z.infer<typeof snapshotResourceSchema>

// A reason's details are as shallow as GapReason's (a number, a text, a list of ids, a list of
// {id, responseHours}): a session file nesting thousands deep here would pass an unknown() and
// break the JSON written for it.
const reasonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
const reasonDetail = z.union([reasonScalar, z.array(z.union([reasonScalar, z.record(z.string(), reasonScalar)]))])
const reasonSchema = z.object({ kind: z.string().max(40) }).catchall(reasonDetail)

export const snapshotAssessmentSchema = z
  .object({
    needId: z.string().max(80),
    urgency: z.enum(['critical', 'high', 'medium', 'low']),
    covered: z.boolean(),
    reasons: z.array(reasonSchema),
    contributingIds: z.array(z.string().max(80)),
  })
  .strict()

export const reportSnapshotSchema = z
  .object({
    /** When it was taken, and the day the analysis counted from (a resource's "last verified" ages against it). */
    takenAt: z.iso.datetime(),
    today: z.iso.date(),
    organizations: z.array(snapshotOrganizationSchema),
    resources: z.array(snapshotResourceSchema),
    /** Category labels by id in both languages, custom ones included (a category may be deleted later). */
    categories: z.record(z.string().max(60), z.object({ en: z.string().max(200), es: z.string().max(200) }).strict()),
    /** Every need reached, gaps first, as the engine assessed them. */
    assessments: z.array(snapshotAssessmentSchema),
    /** For each need with a gap: inventory resources that would close or narrow it, best first. */
    suggestions: z.record(z.string().max(80), z.array(z.object({ name: z.string().max(200), organizationName: z.string().max(200) }).strict()).max(5)),
  })
  .strict()
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>
