// How the bridge answers: the same security headers on every reply, errors as an Envelope, and
// never a body read that the bridge does not want.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security'
import { errorData, type Envelope, type ErrorCode } from '../../shared/errors'
import type { ErrorKey, MessageValues } from '../../shared/i18n/catalog'

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export function failure(code: ErrorCode, reason: ErrorKey, values?: MessageValues): Envelope<never> {
  return { ok: false, error: errorData(code, reason, values) }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
    ...closeIfBodyUnread(response),
  })
  response.end(text)
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...closeIfBodyUnread(response),
  })
  response.end(text)
}

/** A request announces a body by its length or by being chunked. */
function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0
}

/**
 * Answering before the body is read (refused, too large, busy, failed): Node would otherwise read
 * the rest and drop it to keep the connection alive, so a client could make the bridge read
 * gigabytes. Instead reading stops, the answer says the connection closes, and once the answer is
 * out the socket is destroyed; the client still reads the answer it was sent.
 */
function closeIfBodyUnread(response: ServerResponse): OutgoingHttpHeaders {
  const request = response.req
  if (request.complete || !hasBody(request)) return {}
  request.pause()
  const socket = request.socket
  response.once('finish', () => socket.destroy())
  return { Connection: 'close' }
}
