// A client that sends a body without end (chunked, as fast as the server takes it) and keeps
// sending after the answer, as a hostile one would: only the server closing the connection stops it.
import { request as httpRequest } from 'node:http'

export interface EndlessReply {
  /** The answer's status, if one came. */
  status: number | undefined
  body: string
  headers: Record<string, string | string[] | undefined>
  /** Whether the server closed the connection before `giveUpMs`. */
  closedByServer: boolean
  /** Bytes the client managed to hand to its socket (the server read at most this). */
  bytesSent: number
}

export function sendEndless(port: number, path: string, headers: Record<string, string>, giveUpMs = 5_000): Promise<EndlessReply> {
  return new Promise((resolve) => {
    const reply: EndlessReply = { status: undefined, body: '', headers: {}, closedByServer: false, bytesSent: 0 }
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers: { ...headers, 'Transfer-Encoding': 'chunked' } }, (res) => {
      reply.status = res.statusCode
      reply.headers = res.headers
      res.on('data', (chunk: Buffer) => (reply.body += chunk.toString()))
      res.on('error', () => undefined)
    })
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let closed = false
    const pump = (): void => {
      while (!closed) {
        reply.bytesSent += chunk.length
        if (!req.write(chunk)) return
      }
    }
    let gaveUp = false
    const giveUp = setTimeout(() => {
      gaveUp = true
      req.destroy()
    }, giveUpMs)
    req.on('drain', pump)
    // The server cutting the connection shows here as EPIPE or ECONNRESET: expected.
    req.on('error', () => undefined)
    req.on('close', () => {
      closed = true
      reply.closedByServer = !gaveUp
      clearTimeout(giveUp)
      resolve(reply)
    })
    pump()
  })
}
