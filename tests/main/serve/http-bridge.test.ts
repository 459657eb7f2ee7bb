import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { startBridge, type RunningBridge } from '../../../src/main/serve/http-bridge'
import { createHandlers } from '../../../src/main/services'
import { openStore } from '../../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../helpers/resources'
import { useTempDirs } from '../../helpers/temp-dir'
import { useRunningBridges } from '../../helpers/bridges'
import { sendEndless } from '../../helpers/endless-body'
import { signIn } from '../../helpers/serve-addresses'

const tempDir = useTempDirs()
const keepRunning = useRunningBridges()

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A bridge with a page, signed in through an address of its own (`bridge.url` stays unspent). */
async function start(port = 0, limits: { maxBodyBytes: number; largeBodyBytes?: number } = { maxBodyBytes: 4096 }): Promise<{ bridge: RunningBridge; cookie: string; host: string; rendererDir: string }> {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Roundtable</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tempDir(), 'secret.txt'), 'outside the renderer')
  const store = openStore({ dataDir: tempDir() })
  const dispatch = createDispatch(createHandlers({ store, appVersion: '0.0.0', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
  const bridge = await startBridge({ dispatch, rendererDir, port, token: 'launch-secret-123', ...limits })
  keepRunning(bridge, store)
  return { bridge, cookie: await signIn(bridge.newLaunchUrl()), host: `127.0.0.1:${bridge.port}`, rendererDir }
}

function api(port: number, host: string, cookie: string | undefined, name: string, body: string, extra: Record<string, string> = {}) {
  return send(port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { Host: host, 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...extra },
    body,
  })
}

describe('the serve bridge', () => {
  it('listens on 127.0.0.1 and prints an address that carries the token', async () => {
    const { bridge } = await start()
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=launch-secret-123`)
  })

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const { bridge, host } = await start()
    const reply = await send(bridge.port, { path: '/?token=launch-secret-123', headers: { Host: host } })
    expect(reply.status).toBe(303)
    expect(reply.headers['location']).toBe('/')
    expect(reply.headers['set-cookie']).toEqual([expect.stringMatching(/^roundtable_[0-9a-f]{12}=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/)])
  })

  it('takes the address’s token once: opened again it grants nothing, while the browser that holds the cookie goes on', async () => {
    const { bridge, host } = await start()
    const traded = await send(bridge.port, { path: '/?token=launch-secret-123', headers: { Host: host } })
    const cookie = (traded.headers['set-cookie'] as string[])[0]!.split(';')[0]!

    const replayed = await send(bridge.port, { path: '/?token=launch-secret-123', headers: { Host: host } })
    expect(replayed.status).toBe(401)
    expect(replayed.headers['set-cookie']).toBeUndefined()
    // The same address reopened in the browser that traded it: back in, by the cookie alone.
    const reopened = await send(bridge.port, { path: '/?token=launch-secret-123', headers: { Host: host, Cookie: cookie } })
    expect(reopened.status).toBe(303)
    expect(reopened.headers['set-cookie']).toBeUndefined()
    expect((await send(bridge.port, { headers: { Host: host, Cookie: cookie } })).status).toBe(200)

    // Another address for another browser: a new token, also good once, for the same launch.
    const another = new URL(bridge.newLaunchUrl())
    expect(another.searchParams.get('token')).not.toBe('launch-secret-123')
    expect(await signIn(another.href)).toBe(cookie)
    await expect(signIn(another.href)).rejects.toThrow('HTTP 401')
  })

  it('gives a cookie that opens this launch only: not the address token, refused by the next launch on the same port', async () => {
    const first = await start()
    const [name, value] = first.cookie.split('=') as [string, string]
    expect(name).toMatch(/^roundtable_[0-9a-f]{12}$/)
    expect(value).not.toContain('launch-secret')
    await first.bridge.close()

    // The same port and even the same address token, as a restart might give.
    const second = await start(first.bridge.port)
    expect(second.bridge.port).toBe(first.bridge.port)
    expect(second.cookie).not.toBe(first.cookie)
    expect((await api(second.bridge.port, second.host, first.cookie, 'areas.list', '{}')).status).toBe(401)
    // The cookie as it was before (named by the port, holding the address token) opens nothing.
    expect((await api(second.bridge.port, second.host, `roundtable_token_${second.bridge.port}=launch-secret-123`, 'areas.list', '{}')).status).toBe(401)
    // A cookie another 127.0.0.1 server planted under our name lets no one in and does not shut us out.
    const secondName = second.cookie.split('=')[0]!
    expect((await api(second.bridge.port, second.host, `${secondName}=planted`, 'areas.list', '{}')).status).toBe(401)
    expect((await api(second.bridge.port, second.host, `${secondName}=planted; ${second.cookie}`, 'areas.list', '{}')).status).toBe(200)
  })

  it('refuses the page and the API without the token, or with a wrong one', async () => {
    const { bridge, cookie, host } = await start()
    expect((await send(bridge.port, { headers: { Host: host } })).status).toBe(401)
    expect((await send(bridge.port, { path: '/?token=guess', headers: { Host: host } })).status).toBe(401)
    const wrongCookie = cookie.slice(0, -1) + (cookie.endsWith('A') ? 'B' : 'A')
    const reply = await api(bridge.port, host, wrongCookie, 'areas.list', '{}')
    expect(reply.status).toBe(401)
    expect(reply.body).not.toContain('Rogers Park')
    expect((await api(bridge.port, host, undefined, 'areas.list', '{}')).status).toBe(401)
  })

  it('serves the page and answers the contract to the token holder', async () => {
    const { bridge, cookie, host } = await start()
    const page = await send(bridge.port, { headers: { Host: host, Cookie: cookie } })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    const reply = await api(bridge.port, host, cookie, 'areas.list', JSON.stringify({ query: 'englewood' }))
    expect(reply.status).toBe(200)
    const envelope = JSON.parse(reply.body)
    expect(envelope.ok).toBe(true)
    expect(envelope.value.areas.map((a: { name: string }) => a.name)).toEqual(['West Englewood', 'Englewood'])
  })

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const { bridge, cookie } = await start()
    const reply = await api(bridge.port, `evil.example:${bridge.port}`, cookie, 'areas.list', '{}')
    expect(reply.status).toBe(421)
    expect((await send(bridge.port, { headers: { Host: '127.0.0.1:1', Cookie: cookie } })).status).toBe(421)
  })

  it('refuses a foreign Origin header even with the token', async () => {
    const { bridge, cookie, host } = await start()
    const reply = await api(bridge.port, host, cookie, 'areas.setFocus', '{"number":1,"isFocus":true}', {
      Origin: 'http://evil.example',
    })
    expect(reply.status).toBe(403)
    const same = await api(bridge.port, host, cookie, 'areas.list', '{}', { Origin: `http://${host}` })
    expect(same.status).toBe(200)
  })

  it('answers bad API requests with typed errors', async () => {
    const { bridge, cookie, host } = await start()
    const invalid = JSON.parse((await api(bridge.port, host, cookie, 'areas.setFocus', '{"number":99}')).body)
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(invalid.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['number', 'isFocus'])

    const notJson = await api(bridge.port, host, cookie, 'areas.list', '{oops')
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } })

    const unknown = JSON.parse((await api(bridge.port, host, cookie, 'areas.wipe', '{}')).body)
    expect(unknown.error.code).toBe('UNKNOWN_CALL')

    const tooLarge = await api(bridge.port, host, cookie, 'areas.list', JSON.stringify({ query: 'x'.repeat(5000) }))
    expect(tooLarge.status).toBe(413)

    const plain = await api(bridge.port, host, cookie, 'areas.list', '{}', { 'Content-Type': 'text/plain' })
    expect(plain.status).toBe(415)

    const get = await send(bridge.port, { path: '/api/areas.list', headers: { Host: host, Cookie: cookie } })
    expect(get.status).toBe(405)
  })

  it('never serves a file outside the built renderer', async () => {
    const { bridge, cookie, host } = await start()
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const reply = await send(bridge.port, { path, headers: { Host: host, Cookie: cookie } })
      expect(reply.body).not.toContain('outside the renderer')
    }
    const asset = await send(bridge.port, { path: '/assets/app.js', headers: { Host: host, Cookie: cookie } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it('answers a broken %-escape in the address with 400 and an error envelope, and logs nothing', async () => {
    const { bridge, cookie, host } = await start()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      for (const method of ['POST', 'GET']) {
        const reply = await send(bridge.port, { method, path: '/api/%E0%A4%A', headers: { Host: host, Cookie: cookie, 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) })
        expect(reply.status).toBe(400)
        expect(JSON.parse(reply.body)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', reason: 'error.request.badPath', message: 'The address of this request is not valid (it has a broken %-escape).' },
        })
      }
      const page = await send(bridge.port, { path: '/assets/%E0%A4%A.js', headers: { Host: host, Cookie: cookie } })
      expect(page.status).toBe(400)
      expect(logged).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
    expect((await api(bridge.port, host, cookie, 'areas.list', '{}')).status).toBe(200)
  })

  it('stops reading a body past the limit: answers 413 at once and closes, however much the client would send', async () => {
    const { bridge, cookie, host } = await start()
    const started = Date.now()
    const reply = await sendEndless(bridge.port, '/api/areas.list', { Host: host, Cookie: cookie, 'Content-Type': 'application/json' })
    expect(reply.status).toBe(413)
    expect(reply.headers['connection']).toBe('close')
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { reason: 'error.request.tooLarge' } })
    expect(reply.closedByServer).toBe(true)
    expect(Date.now() - started).toBeLessThan(3_000)
    // The limit is 4 KB: what the client got out is only what the sockets' buffers took in.
    expect(reply.bytesSent).toBeLessThan(32 * 1024 * 1024)
    // Announced as too long: refused before a byte is read.
    const announced = await api(bridge.port, host, cookie, 'areas.list', JSON.stringify({ query: 'x'.repeat(5000) }))
    expect(announced.status).toBe(413)
    expect((await api(bridge.port, host, cookie, 'areas.list', '{}')).status).toBe(200)
  })

  it('reads one large body at a time: another sent meanwhile is told to try again, unread; small calls go on', async () => {
    const { bridge, cookie, host } = await start(0, { maxBodyBytes: 64 * 1024, largeBodyBytes: 1024 })
    const json = { Host: host, Cookie: cookie, 'Content-Type': 'application/json' }
    // The first large body comes slowly: it is still arriving when the second is sent.
    const slow = httpRequest({ host: '127.0.0.1', port: bridge.port, method: 'POST', path: '/api/areas.list', headers: { ...json, 'Transfer-Encoding': 'chunked' } })
    const firstReply = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode!))
      })
      slow.on('error', reject)
    })
    const padding = ' '.repeat(2000)
    slow.write('{"query": "englewood"' + padding)
    // Announced as large while the first holds its place: refused before a byte is read.
    await vi.waitFor(async () => expect((await api(bridge.port, host, cookie, 'areas.list', `{${padding}}`)).status).toBe(503))
    const endless = await sendEndless(bridge.port, '/api/areas.list', json)
    expect(endless.status).toBe(503)
    expect(endless.headers['retry-after']).toBe('2')
    expect(JSON.parse(endless.body)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'error.request.busy' } })
    expect(endless.closedByServer).toBe(true)
    expect((await api(bridge.port, host, cookie, 'areas.list', '{}')).status).toBe(200)

    slow.end('}')
    expect(await firstReply).toBe(200)
    // Once the first is answered, the next large body is taken.
    expect((await api(bridge.port, host, cookie, 'areas.list', `{${padding}}`)).status).toBe(200)
  })

  it.skipIf(!existsSync('/proc/self/mem'))('survives a file of the page that fails as it is read: answers 500 and goes on serving', async () => {
    const { bridge, cookie, host, rendererDir } = await start()
    // A regular file whose reading fails (EIO), as a build output replaced mid-read may.
    symlinkSync('/proc/self/mem', join(rendererDir, 'assets', 'broken.js'))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const broken = await send(bridge.port, { path: '/assets/broken.js', headers: { Host: host, Cookie: cookie } })
      expect(broken.status).toBe(500)
    } finally {
      logged.mockRestore()
    }
    expect((await send(bridge.port, { path: '/assets/app.js', headers: { Host: host, Cookie: cookie } })).status).toBe(200)
  })
})
