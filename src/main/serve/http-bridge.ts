// The loopback HTTP bridge: serves the built renderer and the API contract to a plain browser
// on 127.0.0.1 only, to holders of the secret made at launch.
import { randomBytes } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { HTTP_API_PREFIX, HTTP_UPLOAD_PATH } from '../../shared/bridge'
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security'
import { errorData, type Envelope, type ErrorCode } from '../../shared/errors'
import type { ErrorKey, MessageValues } from '../../shared/i18n/catalog'
import type { Dispatch } from '../api/dispatch'
import { tooBig, type UploadFiles } from '../services/upload-files'
import { AppError } from '../../shared/errors'
import {
  isAllowedHost,
  isAllowedOrigin,
  LOOPBACK_HOST,
  readCookie,
  tokenCookieName,
  tokensMatch,
} from './request-guard'

export interface BridgeOptions {
  dispatch: Dispatch
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** Made at launch when not given; tests pass their own. */
  token?: string
  maxBodyBytes?: number
  /** Where files sent as they are go (HTTP_UPLOAD_PATH); without it the bridge takes none. */
  uploads?: UploadFiles
}

export interface RunningBridge {
  readonly port: number
  readonly token: string
  /** The address to open: it carries the token once, then a cookie keeps it. */
  readonly url: string
  close(): Promise<void>
}

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

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const rendererDir = resolve(options.rendererDir)
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024
  let port = 0

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[roundtable] bridge request failed:', error)
      if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', 'error.request.failed'))
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      return sendText(response, 421, 'This Roundtable bridge only answers requests addressed to itself.')
    }
    if (!isAllowedOrigin(request.headers.origin, port) || request.headers['sec-fetch-site'] === 'cross-site') {
      return sendText(response, 403, 'Requests from other sites are refused.')
    }
    const url = new URL(request.url ?? '/', `http://${LOOPBACK_HOST}:${port}`)

    const offeredInUrl = url.searchParams.get('token')
    if (offeredInUrl !== null && request.method === 'GET') {
      if (!tokensMatch(offeredInUrl, token)) return sendUnauthorized(response)
      // Trade the token in the address for a cookie the page cannot read, then drop it from the address.
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
        'Cache-Control': 'no-store',
      })
      response.end()
      return
    }

    if (!tokensMatch(readCookie(request.headers.cookie, tokenCookieName(port)), token)) {
      return sendUnauthorized(response)
    }

    if (url.pathname === HTTP_UPLOAD_PATH && options.uploads) return handleUpload(request, response, url, options.uploads)
    if (url.pathname.startsWith(HTTP_API_PREFIX)) return handleApi(request, response, url)
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.')
    return serveStatic(response, url.pathname)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, failure('INVALID_INPUT', 'error.request.notPost'))
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failure('INVALID_INPUT', 'error.request.notJson'))
    }
    const name = decodeURIComponent(url.pathname.slice(HTTP_API_PREFIX.length))
    const body = await readBody(request, maxBodyBytes)
    if (body === 'too-large') {
      return sendJson(response, 413, failure('INVALID_INPUT', 'error.request.tooLarge', { bytes: maxBodyBytes }))
    }
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body)
    } catch {
      return sendJson(response, 400, failure('INVALID_INPUT', 'error.request.badJson'))
    }
    const envelope = await options.dispatch(name, input)
    sendJson(response, 200, envelope)
  }

  /** A file sent as it is: streamed to the upload folder, never held whole in memory. */
  async function handleUpload(request: IncomingMessage, response: ServerResponse, url: URL, uploads: UploadFiles): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, failure('INVALID_INPUT', 'error.request.notPost'))
    if (!(request.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
      return sendJson(response, 415, failure('INVALID_INPUT', 'error.request.notOctetStream'))
    }
    const name = (url.searchParams.get('name') ?? '').trim().slice(0, 255)
    if (name === '') return sendJson(response, 400, failure('INVALID_INPUT', 'error.request.badJson'))
    // A body announced as too long is refused before a byte of it is read.
    if (Number(request.headers['content-length'] ?? 0) > uploads.maxBytes) {
      response.setHeader('Connection', 'close')
      return sendJson(response, 413, { ok: false, error: tooBig(name, uploads.maxBytes).toData() })
    }
    try {
      sendJson(response, 200, { ok: true, value: await uploads.receive(name, request) })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // Past the limit the rest of the body is not read: close the connection once answered.
      response.setHeader('Connection', 'close')
      sendJson(response, 413, { ok: false, error: error.toData() })
    }
  }

  function serveStatic(response: ServerResponse, pathname: string): void {
    let relative: string
    try {
      relative = decodeURIComponent(pathname)
    } catch {
      return sendText(response, 400, 'Bad path.')
    }
    if (relative === '/' || relative === '') relative = '/index.html'
    const file = resolve(rendererDir, '.' + relative)
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return sendText(response, 404, 'Not found.')
    let size: number
    try {
      const stats = statSync(file)
      if (!stats.isFile()) return sendText(response, 404, 'Not found.')
      size = stats.size
    } catch {
      return sendText(response, 404, 'Not found.')
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': relative === '/index.html' ? 'no-store' : 'no-cache',
    })
    createReadStream(file).pipe(response)
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK_HOST, () => {
      server.off('error', reject)
      resolvePromise()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    token,
    url: `http://${LOOPBACK_HOST}:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections()
        server.close(() => resolvePromise())
      }),
  }
}

function failure(code: ErrorCode, reason: ErrorKey, values?: MessageValues): Envelope<never> {
  return { ok: false, error: errorData(code, reason, values) }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  response.end(text)
}

function sendUnauthorized(response: ServerResponse): void {
  sendText(
    response,
    401,
    'This Roundtable window needs the address printed by "npm run serve" (it carries a one-time secret). ' +
      'Copy that whole address into the browser.',
  )
}

function readBody(request: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolvePromise(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
