import { statSync, writeFileSync, mkdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api/dispatch'
import { startBridge } from '../../../src/main/serve/http-bridge'
import { createHandlers } from '../../../src/main/services'
import { createUploadFiles, MAX_UPLOAD_BYTES } from '../../../src/main/services/upload-files'
import { openStore } from '../../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../helpers/resources'
import { useTempDirs } from '../../helpers/temp-dir'
import { useRunningBridges } from '../../helpers/bridges'

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
  const headers = { Host: `127.0.0.1:${bridge.port}`, Cookie: `roundtable_token_${bridge.port}=launch-secret-123` }
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
})
