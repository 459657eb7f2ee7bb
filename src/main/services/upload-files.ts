// Files the page sends as they are (never base64 inside JSON), named by an id an import reads
// them by. Through the loopback bridge each is streamed to a folder of the data directory only the
// user can read and deleted once read; under Electron the file the facilitator picked is named by
// its path and read where it is (never copied, never deleted). Nothing of a file sits in the main
// thread's memory on the way, and one file streams in at a time.
import { randomUUID } from 'node:crypto'
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import type { Readable } from 'node:stream'
import { AppError } from '../../shared/errors'
import { said } from '../../shared/i18n/said'

/** The most one file may be: the size an inventory import reads (see csv-file.ts). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024
const UPLOAD_LIFETIME_MS = 30 * 60 * 1000
/**
 * Files streaming in at once. The page sends its files one after another; more at once (another
 * tab, a script) would each hold a socket, an open file and buffers, so they are told to wait.
 */
const MAX_UPLOADS_AT_ONCE = 1

export interface ReceivedUpload {
  name: string
  path: string
}

export type UploadFiles = ReturnType<typeof createUploadFiles>

export function createUploadFiles(folder: string, maxBytes: number = MAX_UPLOAD_BYTES) {
  // Whatever an earlier launch left behind is of no use now.
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  /** `owned`: the file is Roundtable's copy, to delete once read (not a file the facilitator picked). */
  const uploads = new Map<string, ReceivedUpload & { at: number; owned: boolean }>()
  let streaming = 0

  function forgetOld(): void {
    const now = Date.now()
    for (const [id, upload] of uploads) if (now - upload.at > UPLOAD_LIFETIME_MS) remove(id)
  }

  function remove(uploadId: string): void {
    const upload = uploads.get(uploadId)
    uploads.delete(uploadId)
    if (upload?.owned) rmSync(upload.path, { force: true })
  }

  return {
    /** The most one file may be, in bytes. */
    maxBytes,

    /**
     * Streams one file to disk, refusing it past the size limit, or at once (nothing read) while
     * another is streaming in; gives the id an import names it by.
     */
    async receive(name: string, body: Readable): Promise<{ uploadId: string }> {
      if (streaming >= MAX_UPLOADS_AT_ONCE) throw new AppError('CONFLICT', 'error.upload.busy', { file: name })
      streaming += 1
      forgetOld()
      const uploadId = randomUUID()
      const path = join(folder, uploadId)
      try {
        await writeCapped(body, path, maxBytes, () => tooBig(name, maxBytes))
      } catch (error) {
        rmSync(path, { force: true })
        throw error
      } finally {
        streaming -= 1
      }
      uploads.set(uploadId, { name, path, at: Date.now(), owned: true })
      return { uploadId }
    },

    /** Names a file picked in the desktop app by its path: checked here, read by the import later. */
    adopt(name: string, path: string): { uploadId: string } {
      forgetOld()
      let size: number
      try {
        const stats = statSync(path)
        if (!isAbsolute(path) || !stats.isFile()) throw new Error('not a file')
        size = stats.size
      } catch {
        throw new AppError('INVALID_INPUT', 'error.file.notAFile', { file: name })
      }
      if (size > maxBytes) throw tooBig(name, maxBytes)
      const uploadId = randomUUID()
      uploads.set(uploadId, { name, path, at: Date.now(), owned: false })
      return { uploadId }
    },

    /** The file sent under this id, or a message that it is gone. */
    get(uploadId: string): ReceivedUpload {
      const upload = uploads.get(uploadId)
      if (!upload) throw new AppError('NOT_FOUND', 'error.upload.gone')
      return { name: upload.name, path: upload.path }
    },

    remove,

    /** How many files wait in the folder (for tests). */
    count(): number {
      return readdirSync(folder).length
    },
  }
}

export function tooBig(name: string, maxBytes: number): AppError {
  const mb = maxBytes >= 1024 * 1024
  const reason = said('error.file.reason.largerThan', { unit: mb ? 'mb' : 'bytes', amount: String(mb ? Math.round(maxBytes / 1024 / 1024) : maxBytes) })
  return new AppError('INVALID_INPUT', 'error.file.problem', { file: name, reason })
}

/**
 * Writes the body to a file (only the user may read it), stopping past the limit: the rest of an
 * over-long body is left unread (the bridge answers and closes the connection).
 */
function writeCapped(body: Readable, path: string, maxBytes: number, overflow: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    const file = createWriteStream(path, { mode: 0o600 })
    let bytes = 0
    let failed = false
    const fail = (error: Error) => {
      if (failed) return
      failed = true
      body.off('data', count)
      body.unpipe(file)
      body.pause()
      // Only once the file is closed can it be deleted for good.
      file.once('close', () => reject(error))
      file.destroy()
    }
    const count = (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) fail(overflow())
    }
    body.on('data', count)
    body.on('error', fail)
    file.on('error', fail)
    file.on('finish', () => {
      if (!failed) resolve()
    })
    body.pipe(file)
  })
}
