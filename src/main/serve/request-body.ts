// What a request carries, read with care: its body up to a limit and no further, one large body
// at a time (past either the bridge stops reading and answers at once; replies.ts closes the
// connection, so no client can make it read, or hold, gigabytes), and its path's %-escapes, which
// may be broken.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The length a request announces, if it announces one. */
export function announcedLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length']
  return header === undefined ? undefined : Number(header)
}

/** Above this, a body is large: one large body at a time is read and held. */
export const LARGE_BODY_BYTES = 1024 * 1024

export type BodyReader = (request: IncomingMessage, response: ServerResponse) => Promise<string | 'too-large' | 'busy'>

/**
 * Reads bodies as text up to `limit`, giving 'too-large' as soon as one passes it. Bodies of more
 * than `largeBytes` (an inventory file sent inline as base64 by a script; the page's own calls
 * are far smaller) are taken one at a time: while one is read or answered, another gives 'busy'
 * at once, so twenty sent together cannot take twenty times the memory. Either way the rest of
 * the refused body is left unread.
 */
export function createBodyReader(limit: number, largeBytes: number = LARGE_BODY_BYTES): BodyReader {
  let largeInFlight = false

  return (request, response) => {
    // A body announced as too long is refused before a byte of it is read.
    if ((announcedLength(request) ?? 0) > limit) return Promise.resolve('too-large')
    let holdsLarge = false
    /** Takes the one place for a large body, kept until this request is answered. */
    const takeLarge = (): boolean => {
      if (holdsLarge) return true
      if (largeInFlight) return false
      largeInFlight = holdsLarge = true
      response.once('close', () => (largeInFlight = false))
      return true
    }
    if ((announcedLength(request) ?? 0) > largeBytes && !takeLarge()) return Promise.resolve('busy')

    return new Promise((resolvePromise, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      const stop = (outcome?: 'too-large' | 'busy'): void => {
        request.off('data', onData)
        request.off('end', onEnd)
        request.off('error', reject)
        if (outcome === undefined) return
        request.pause()
        chunks.length = 0
        resolvePromise(outcome)
      }
      const onData = (chunk: Buffer): void => {
        size += chunk.length
        if (size > limit) return stop('too-large')
        if (size > largeBytes && !takeLarge()) return stop('busy')
        chunks.push(chunk)
      }
      const onEnd = (): void => {
        stop()
        resolvePromise(Buffer.concat(chunks).toString('utf8'))
      }
      request.on('data', onData)
      request.on('end', onEnd)
      request.on('error', reject)
    })
  }
}

/** A path's %-escapes decoded, or undefined when one is broken (such as %E0%A4%A). */
export function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}
