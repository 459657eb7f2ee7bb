// Files chosen in the page, on their way to the main side, each named by the id it gets: in a
// browser it is sent as it is to the bridge (streamed to disk there, never base64 inside JSON);
// under Electron the shell is told its path and reads it where it is. Only a file with no path on
// disk goes as bytes.
import { HTTP_UPLOAD_PATH } from '../../../shared/bridge'
import type { Envelope } from '../../../shared/errors'
import { errorData } from '../../../shared/errors'
import { fileToBase64 } from '../lib/download'
import { ApiError } from './client'

export type SentFile = { fileName: string; uploadId: string } | { fileName: string; contentBase64: string }

async function upload(file: File): Promise<SentFile> {
  let response: Response
  try {
    response = await fetch(`${HTTP_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError(errorData('STORE_UNAVAILABLE', 'error.connection.unreachable'))
  }
  let envelope: Envelope<{ uploadId: string }>
  try {
    envelope = (await response.json()) as Envelope<{ uploadId: string }>
  } catch {
    throw new ApiError(errorData('STORE_UNAVAILABLE', 'error.connection.badAnswer', { status: response.status }))
  }
  if (!envelope.ok) throw new ApiError(envelope.error)
  return { fileName: file.name, uploadId: envelope.value.uploadId }
}

async function offer(file: File): Promise<SentFile> {
  const offered = window.shell?.offerFile(file)
  if (!offered) return { fileName: file.name, contentBase64: await fileToBase64(file) }
  const envelope = await offered
  if (!envelope.ok) throw new ApiError(envelope.error)
  return { fileName: file.name, uploadId: envelope.value.uploadId }
}

/** Sends the files one after another (one upload at a time), in the order chosen. */
export async function sendFiles(files: readonly File[]): Promise<SentFile[]> {
  const sent: SentFile[] = []
  for (const file of files) sent.push(await (window.api ? offer(file) : upload(file)))
  return sent
}
