// Pieces several domains' calls share: files crossing the bridge, search text, the table type.
import { z } from 'zod'
import { says } from '../i18n/zod-issues'

/** A domain's calls: name → input and output schemas. */
export type CallTable = Record<string, { input: z.ZodType; output: z.ZodType }>

/** A text file made for the facilitator to save (an export, a template, a handout). */
export const textFileSchema = z.object({ fileName: z.string().min(1), content: z.string() })

/** A file already sent to the bridge as it is (see HTTP_UPLOAD_PATH), named by the id it got. */
export const uploadRefSchema = z.object({ fileName: z.string().trim().min(1).max(255), uploadId: z.uuid() }).strict()

/** A file picked in the renderer, sent whole as base64 (kept for scripts; the app sends uploads). */
export const uploadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z
      .string()
      .max(70_000_000, says('validation.upload.tooLarge'))
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, says('validation.upload.base64')),
  })
  .strict()

/**
 * A session or town-hall file to open: sent ahead as it is (an upload, as the app does), or its
 * text inline (scripts and tests); "ask" only says whether the record is already here.
 */
export const recordFileInput = z.union([
  z.object({ file: uploadRefSchema, mode: z.enum(['ask', 'replace', 'copy']) }).strict(),
  z.object({ content: z.string().max(100_000_000), mode: z.enum(['ask', 'replace', 'copy']) }).strict(),
])

export const searchText = z.string().trim().max(200, says('validation.search.tooLong'))

export const noInput = z.object({}).strict()

export const byId = z.object({ id: z.uuid() }).strict()
