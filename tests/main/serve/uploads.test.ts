import { statSync, writeFileSync, mkdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { startBridge } from '../../../src/main/serve/http-bridge'
import { createHandlers } from '../../../src/main/services'
import { createUploadFiles, MAX_UPLOAD_BYTES } from '../../../src/main/services/upload-files'
import { openStore } from '../../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../helpers/resources'
import { useTempDirs } from '../../helpers/temp-dir'
import { useRunningBridges } from '../../helpers/bridges'
import { sendEndless } from '../../helpers/endless-body'
import { signIn } from '../../helpers/serve-addresses'

const tempDir = useTempDirs()
const keepRunning = useRunningBridges()

function post(port: number, path: string, headers: Record<string, string>, body: Buffer | string): Promise<{ status: number; json: { ok: boolean; value?: { uploadId: string }; error?: { message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString()
        resolve({ status: res.statusCode!, json: text.startsWith('{') ? JSON.parse(text) : { ok: false, error: { message: text } } })
      })
    })
    // Past the limit the bridge answers and closes; the rest of the body has nowhere to go.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    req.end(body)
  })
}

async function start(maxBytes?: number) {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(rendererDir, { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Roundtable</title>')
  const dataDir = tempDir()
  const store = openStore({ dataDir })
  const uploads = createUploadFiles(join(dataDir, 'uploads'), maxBytes)
  const dispatch = createDispatch(createHandlers({ store, appVersion: '0.0.0', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR, uploads }))
  const bridge = await startBridge({ dispatch, rendererDir, token: 'launch-secret-123', uploads })
  keepRunning(bridge, store)
  const headers = { Host: `127.0.0.1:${bridge.port}`, Cookie: await signIn(bridge.url) }
  return { bridge, uploads, dispatch, headers, dataDir }
}

const CSV = 'organization,organization_kind,service,category,community_areas,schedule,languages\nHope Church (fictional),faith,Vigil support,crisis-response,68,on call,en\n'

describe('files sent to the bridge as they are', () => {
  it('streams a file to a folder only the user can read, imports it by id, and deletes it once read', async () => {
    const { bridge, uploads, dispatch, headers } = await start()
    const sent = await post(bridge.port, '/api-upload?name=vigil.csv', { ...headers, 'Content-Type': 'application/octet-stream' }, CSV)
    expect(sent.status).toBe(200)
    const uploadId = sent.json.value!.uploadId
    expect(statSync(uploads.get(uploadId).path).mode & 0o777).toBe(0o600)
    expect(uploads.count()).toBe(1)

    const job = await dispatch('inventory.previewImport', { files: [{ fileName: 'vigil.csv', uploadId }] })
    expect(job).toMatchObject({ ok: true, value: { state: 'ready', preview: { file: 'vigil.csv', services: { new: 1 } } } })
    expect(uploads.count()).toBe(0)
    const again = await dispatch('inventory.previewImport', { files: [{ fileName: 'vigil.csv', uploadId }] })
    expect(again).toMatchObject({ ok: false, error: { message: 'The chosen file is no longer here (it was read already, or too long ago). Choose it again.' } })
  })

  it('refuses a file past the size limit, keeping nothing of it, and anyone without the launch secret', async () => {
    const { bridge, uploads, headers } = await start(1000)
    // Announced as too long: refused before it is read.
    const announced = await post(bridge.port, '/api-upload?name=huge.csv', { ...headers, 'Content-Type': 'application/octet-stream', 'Content-Length': '5000' }, Buffer.alloc(5000))
    expect(announced.status).toBe(413)
    expect(announced.json.error!.message).toBe('huge.csv: the file is larger than 1000 bytes, the most Roundtable reads at once; split it into smaller files')
    // Sent without a length (chunked): stopped once past the limit.
    const chunked = await post(bridge.port, '/api-upload?name=long.csv', { ...headers, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' }, Buffer.alloc(5000))
    expect(chunked.status).toBe(413)
    expect(uploads.count()).toBe(0)
    expect(MAX_UPLOAD_BYTES).toBe(50 * 1024 * 1024)

    const stranger = await post(bridge.port, '/api-upload?name=x.csv', { Host: headers.Host, 'Content-Type': 'application/octet-stream' }, CSV)
    expect(stranger.status).toBe(401)
    const asJson = await post(bridge.port, '/api-upload?name=x.csv', { ...headers, 'Content-Type': 'application/json' }, CSV)
    expect(asJson.status).toBe(415)
    expect(uploads.count()).toBe(0)
  })

  it('stops reading a file past the size limit: answers 413 at once and closes, however much the client would send', async () => {
    const { bridge, uploads, headers } = await start(1000)
    const started = Date.now()
    const reply = await sendEndless(bridge.port, '/api-upload?name=endless.csv', { ...headers, 'Content-Type': 'application/octet-stream' })
    expect(reply.status).toBe(413)
    expect(reply.headers['connection']).toBe('close')
    expect(reply.closedByServer).toBe(true)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(reply.bytesSent).toBeLessThan(32 * 1024 * 1024)
    expect(uploads.count()).toBe(0)
  })

  it('takes one file at a time: one sent meanwhile is told to try again, unread, and only what was accepted is kept', async () => {
    const { bridge, uploads, headers } = await start()
    // The first file comes slowly: its body is still arriving when the second is sent.
    const slow = httpRequest({ host: '127.0.0.1', port: bridge.port, method: 'POST', path: '/api-upload?name=first.csv', headers: { ...headers, 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' } })
    const firstReply = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode!))
      })
      slow.on('error', reject)
    })
    slow.write(CSV.slice(0, 40))
    await vi.waitFor(() => expect(uploads.count()).toBe(1))

    const second = await sendEndless(bridge.port, '/api-upload?name=second.csv', { ...headers, 'Content-Type': 'application/octet-stream' })
    expect(second.status).toBe(503)
    expect(second.headers['retry-after']).toBe('2')
    expect(JSON.parse(second.body)).toMatchObject({
      ok: false,
      error: { reason: 'error.upload.busy', message: 'Another file is still being sent to Roundtable, so second.csv was not. Wait a moment, then choose it again.' },
    })
    expect(second.closedByServer).toBe(true)
    expect(uploads.count()).toBe(1)

    slow.end(CSV.slice(40))
    expect(await firstReply).toBe(200)
    expect(uploads.count()).toBe(1)
    // Once the first is in, the next is taken.
    const third = await post(bridge.port, '/api-upload?name=third.csv', { ...headers, 'Content-Type': 'application/octet-stream' }, CSV)
    expect(third.status).toBe(200)
    expect(uploads.count()).toBe(2)
  })
})
