// A Roundtable town-hall file: a whole town hall to hand to a colleague's laptop — what was
// planned, everything the room said (the document, word for word), and the organizations and
// services its themes, panel and follow-ups name, since inventories differ between laptops. Read
// back with every problem named by its place in the file.
import { z } from 'zod'
import { customIssue } from '../i18n/zod-issues'
import { fieldIssue, issuesFromZod, type FieldIssue } from '../errors'
import { said, type Said } from '../i18n/said'
import { organizationSchema, serviceSchema } from '../inventory/model'
import { townHallDocumentSchema } from './document'
import { townHallReportSnapshotSchema } from './report/input'
import { townHallSchema } from './model'

export const TOWN_HALL_FILE_VERSION = 1

export const townHallFileSchema = z
  .object({
    roundtableTownHall: z.literal(TOWN_HALL_FILE_VERSION),
    exportedAt: z.iso.datetime(),
    townHall: townHallSchema,
    document: townHallDocumentSchema,
    organizations: z.array(organizationSchema),
    services: z.array(serviceSchema),
    /** What the report read when the town hall finished; null while it runs. */
    reportSnapshot: townHallReportSnapshotSchema.nullable(),
  })
  .strict()
  .superRefine((file, context) => {
    const themes = new Set(file.document.themes.map((t) => t.id))
    file.document.items.forEach((item, index) => {
      if (item.themeId !== undefined && !themes.has(item.themeId)) context.addIssue(customIssue(['document', 'items', index, 'themeId'], 'validation.townHallFile.unknownTheme'))
    })
  })
export type TownHallFile = z.infer<typeof townHallFileSchema>

export type TownHallFileRead = { ok: true; file: TownHallFile } | { ok: false; problems: FieldIssue[] }

/** Reads a town-hall file's text: the file, or each problem at its place in the file (the whole file's at path ''). */
export function readTownHallFile(text: string): TownHallFileRead {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return refused(said('townHallReport.file.problem.notJson'))
  }
  if (typeof json !== 'object' || json === null || !('roundtableTownHall' in json)) return refused(said('townHallReport.file.problem.noVersion'))
  const version = (json as { roundtableTownHall: unknown }).roundtableTownHall
  if (typeof version === 'number' && version > TOWN_HALL_FILE_VERSION) return refused(said('townHallReport.file.problem.tooNew', { version }))
  const parsed = townHallFileSchema.safeParse(json)
  if (!parsed.success) return { ok: false, problems: issuesFromZod(parsed.error) }
  return { ok: true, file: parsed.data }
}

const refused = (reason: Said): TownHallFileRead => ({ ok: false, problems: [fieldIssue('', reason)] })
