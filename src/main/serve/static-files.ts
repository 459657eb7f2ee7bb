// The built renderer's files, from its folder only. Each is streamed from the file as it was
// opened, and a file that fails or changes while it is read (a rebuild under a running `serve`)
// ends that one answer, never the bridge.
import { open, type FileHandle } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { SECURITY_HEADERS, sendText } from './replies'
// Its plain-text refusals (a broken address, not found) stay English: the app never shows them; a developer's curl does.
import { decodePath } from './request-body'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/** Answers GET or HEAD of `pathname` with a file of `rendererDir` (an absolute, resolved path). */
export async function serveStatic(response: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  let relative = decodePath(pathname)
  if (relative === undefined) return sendText(response, 400, 'This address is not valid: it has a broken %-escape.')
  if (relative === '/' || relative === '') relative = '/index.html'
  const file = resolve(rendererDir, '.' + relative)
  if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return sendText(response, 404, 'Not found.')

  // Opened first, then measured and read through the same handle: a file removed or replaced
  // in between is either served whole as it was opened, or not found.
  let handle: FileHandle
  let size: number
  try {
    handle = await open(file, 'r')
  } catch {
    return sendText(response, 404, 'Not found.')
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new Error('not a file')
    size = stats.size
  } catch {
    await handle.close()
    return sendText(response, 404, 'Not found.')
  }
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': relative === '/index.html' ? 'no-store' : 'no-cache',
  }
  // Set, not written: they go out with the first bytes, so a file that cannot be read still gets a 500.
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
  if (response.req.method === 'HEAD') {
    await handle.close()
    response.end()
    return
  }
  streamFile(handle.createReadStream(), size, response)
}

/**
 * Sends exactly `size` bytes of `source`. A read error answers 500 when nothing was sent yet, and
 * otherwise cuts the answer (the browser sees a failed load, not a hang); so does a file that
 * turns out shorter or longer than measured. The file is closed whatever happens.
 */
export function streamFile(source: Readable, size: number, response: ServerResponse): void {
  let sent = 0
  const cut = (): void => {
    source.destroy()
    response.destroy()
  }
  source.on('data', (chunk: Buffer) => {
    sent += chunk.length
    if (sent > size) return cut()
    if (!response.write(chunk)) source.pause()
  })
  response.on('drain', () => source.resume())
  response.on('close', () => source.destroy())
  source.on('end', () => (sent === size ? response.end() : cut()))
  source.on('error', (error) => {
    console.error(`[roundtable] a file of the page could not be read: ${error.message}`)
    if (response.headersSent) return cut()
    sendText(response, 500, 'This file could not be read. Reload the page.')
  })
}
