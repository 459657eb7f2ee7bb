// The loopback HTTP bridge: serves the built renderer and the API contract to a plain browser
// on 127.0.0.1 only, to the browser that opened an address printed at launch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { HTTP_API_PREFIX, HTTP_UPLOAD_PATH } from '../../shared/bridge'
import { AppError, type Envelope } from '../../shared/errors'
import type { Dispatch } from '../api/dispatch'
import { tooBig, type UploadFiles } from '../services/upload-files'
import { createLaunchAccess, launchUrl } from './launch-access'
import { failure, SECURITY_HEADERS, sendJson, sendText } from './replies'
import { announcedLength, createBodyReader, decodePath } from './request-body'
import { isAllowedHost, isAllowedOrigin, LOOPBACK_HOST } from './request-guard'
import { serveStatic } from './static-files'

export interface BridgeOptions {
  dispatch: Dispatch
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** The secret of the first address; made at launch when not given (tests pass their own). */
  token?: string
  maxBodyBytes?: number
  /** Above this a body is large, and one large body is read at a time (request-body.ts). */
  largeBodyBytes?: number
  /** Where files sent as they are go (HTTP_UPLOAD_PATH); without it the bridge takes none. */
  uploads?: UploadFiles
}

export interface RunningBridge {
  readonly port: number
  /** The first address to open: its secret works once, then a cookie keeps the browser in. */
  readonly url: string
  /** Another address for another browser or profile, its secret also good once. */
  newLaunchUrl(): string
  close(): Promise<void>
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const access = createLaunchAccess(options.token)
  const rendererDir = resolve(options.rendererDir)
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024
  const readBody = createBodyReader(maxBodyBytes, options.largeBodyBytes)
  let port = 0

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[roundtable] bridge request failed:', error)
      if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', 'error.request.failed'))
      else response.destroy()
    })
  })

  // The plain-text answers below stay English: the app never shows them (it only meets its own API's
  // JSON, worded by the renderer); they are for a developer's curl or a request from elsewhere.
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      return sendText(response, 421, 'This Roundtable bridge only answers requests addressed to itself.')
    }
    if (!isAllowedOrigin(request.headers.origin, port) || request.headers['sec-fetch-site'] === 'cross-site') {
      return sendText(response, 403, 'Requests from other sites are refused.')
    }
    const url = new URL(request.url ?? '/', `http://${LOOPBACK_HOST}:${port}`)

    const admitted = access.admits(request.headers.cookie)
    const offeredInUrl = url.searchParams.get('token')
    if (offeredInUrl !== null && request.method === 'GET') {
      // The secret in the address is traded once for a cookie the page cannot read, and dropped
      // from the address. Opened again (a reload of that address, a second tab) it grants
      // nothing more: a browser that holds the cookie goes on in, any other is refused.
      const spent = access.spend(offeredInUrl)
      if (!spent && !admitted) return sendUnauthorized(response)
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        ...(spent ? { 'Set-Cookie': access.setCookie } : {}),
        Location: url.pathname,
        'Cache-Control': 'no-store',
      })
      response.end()
      return
    }

    if (!admitted) return sendUnauthorized(response)

    if (url.pathname === HTTP_UPLOAD_PATH && options.uploads) return handleUpload(request, response, url, options.uploads)
    if (url.pathname.startsWith(HTTP_API_PREFIX)) return handleApi(request, response, url)
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.')
    return serveStatic(response, rendererDir, url.pathname)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const name = decodePath(url.pathname.slice(HTTP_API_PREFIX.length))
    if (name === undefined) return sendJson(response, 400, failure('INVALID_INPUT', 'error.request.badPath'))
    if (request.method !== 'POST') return sendJson(response, 405, failure('INVALID_INPUT', 'error.request.notPost'))
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failure('INVALID_INPUT', 'error.request.notJson'))
    }
    const body = await readBody(request, response)
    if (body === 'too-large') {
      return sendJson(response, 413, failure('INVALID_INPUT', 'error.request.tooLarge', { bytes: maxBodyBytes }))
    }
    if (body === 'busy') return sendBusy(response, failure('CONFLICT', 'error.request.busy'))
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
    if ((announcedLength(request) ?? 0) > uploads.maxBytes) {
      return sendJson(response, 413, { ok: false, error: tooBig(name, uploads.maxBytes).toData() })
    }
    try {
      sendJson(response, 200, { ok: true, value: await uploads.receive(name, request) })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // Refused, whether busy or past the limit: the rest of the body is left unread (replies.ts).
      if (error.reason === 'error.upload.busy') return sendBusy(response, { ok: false, error: error.toData() })
      sendJson(response, 413, { ok: false, error: error.toData() })
    }
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
    url: launchUrl(port, access.newUrlToken()),
    newLaunchUrl: () => launchUrl(port, access.newUrlToken()),
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections()
        server.close(() => resolvePromise())
      }),
  }
}

function sendUnauthorized(response: ServerResponse): void {
  sendText(
    response,
    401,
    'This Roundtable window needs the address printed by "npm run serve" (it carries a secret that works once; ' +
      'press Enter in the window where it runs for another). Copy that whole address into the browser.',
  )
}

/** Busy receiving another file or large body: try again shortly (the body sent is left unread). */
function sendBusy(response: ServerResponse, envelope: Envelope<never>): void {
  sendJson(response, 503, envelope, { 'Retry-After': '2' })
}
