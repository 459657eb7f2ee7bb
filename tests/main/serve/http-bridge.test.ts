import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { startBridge, type RunningBridge } from '../../../src/main/serve/http-bridge'
import { createHandlers } from '../../../src/main/services'
import { openStore } from '../../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../helpers/resources'
import { useTempDirs } from '../../helpers/temp-dir'
import { useRunningBridges } from '../../helpers/bridges'

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

async function start(): Promise<{ bridge: RunningBridge; cookie: string; host: string }> {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Roundtable</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tempDir(), 'secret.txt'), 'outside the renderer')
  const store = openStore({ dataDir: tempDir() })
  const dispatch = createDispatch(createHandlers({ store, appVersion: '0.0.0', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR }))
  const bridge = await startBridge({ dispatch, rendererDir, token: 'launch-secret-123', maxBodyBytes: 4096 })
  keepRunning(bridge, store)
  return { bridge, cookie: `roundtable_token_${bridge.port}=launch-secret-123`, host: `127.0.0.1:${bridge.port}` }
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
    expect(reply.headers['set-cookie']).toEqual([
      `roundtable_token_${bridge.port}=launch-secret-123; HttpOnly; SameSite=Strict; Path=/`,
    ])
  })

  it('refuses the page and the API without the token, or with a wrong one', async () => {
    const { bridge, host } = await start()
    expect((await send(bridge.port, { headers: { Host: host } })).status).toBe(401)
    expect((await send(bridge.port, { path: '/?token=guess', headers: { Host: host } })).status).toBe(401)
    const wrongCookie = `roundtable_token_${bridge.port}=launch-secret-124`
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
})
