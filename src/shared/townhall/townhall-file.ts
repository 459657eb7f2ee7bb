// A Roundtable town-hall file: a whole town hall to hand to a colleague's laptop — what was
// planned, everything the room said (the document, word for word), and the organizations and
// services its themes, panel and follow-ups name, since inventories differ between laptops. Read
// back with every problem named by its place in the file.
import { z } from 'zod'
import { customIssue } from '../i18n/zod-issues'
import { issuesFromZod } from '../errors'
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

export type TownHallFileRead = { ok: true; file: TownHallFile } | { ok: false; problems: string[] }

const NOT_ONE = 'This is not a Roundtable town-hall file'

/** Reads a town-hall file's text: the file, or each problem as "path: reason". */
export function readTownHallFile(text: string): TownHallFileRead {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problems: [`${NOT_ONE}: ${error instanceof Error ? error.message : String(error)}`] }
  }
  if (typeof json !== 'object' || json === null || !('roundtableTownHall' in json)) return { ok: false, problems: [`${NOT_ONE}: it has no "roundtableTownHall" version.`] }
  const version = (json as { roundtableTownHall: unknown }).roundtableTownHall
  if (typeof version === 'number' && version > TOWN_HALL_FILE_VERSION) return { ok: false, problems: [`This town-hall file was written by a newer Roundtable (version ${version}); update Roundtable to open it.`] }
  const parsed = townHallFileSchema.safeParse(json)
  if (!parsed.success) return { ok: false, problems: issuesFromZod(parsed.error).map((issue) => `${issue.path}: ${issue.message}`) }
  return { ok: true, file: parsed.data }
}
