// A file the facilitator picked in the desktop app, offered to an import by its path instead of
// its bytes over IPC: the preload takes the path from the File itself (webUtils.getPathForFile),
// so the page can name only files the facilitator chose. Free of electron imports, for the tests.
import { z } from 'zod'
import { AppError, errorData, issuesFromZod, type Envelope } from '../../shared/errors'
import type { UploadFiles } from '../services/upload-files'
import type { AppLocation } from './app-url'
import { isTrustedSender, type InvokeEventLike } from './ipc-handler'

export const offeredFileSchema = z.object({ name: z.string().trim().min(1).max(255), path: z.string().min(1).max(4096) }).strict()

export function createOfferFileHandler(uploads: UploadFiles, location: AppLocation) {
  return (event: InvokeEventLike, input: unknown): Envelope<{ uploadId: string }> => {
    if (!isTrustedSender(event, location)) return { ok: false, error: errorData('UNAUTHORIZED', 'error.window.notAllowed') }
    const parsed = offeredFileSchema.safeParse(input)
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error)
      return { ok: false, error: errorData('INVALID_INPUT', 'error.call.invalidInput', { name: 'offerFile', issues: issues.map((i) => `${i.path}: ${i.message}`).join('; ') }, { issues }) }
    }
    try {
      return { ok: true, value: uploads.adopt(parsed.data.name, parsed.data.path) }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      throw error
    }
  }
}
