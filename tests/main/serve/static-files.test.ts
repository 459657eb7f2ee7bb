import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { streamFile } from '../../../src/main/serve/static-files'

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A server on 127.0.0.1 that answers every request with `streamFile` of a new `source()` said to be `size` bytes. */
async function serving(source: () => Readable, size: number): Promise<number> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Length', size)
    streamFile(source(), size, response)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

/** The answer as a browser gets it: whether it arrived whole, or was cut (status 0: cut before its head). */
function get(port: number): Promise<{ status: number; body: string; whole: boolean }> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('error', () => undefined)
      res.on('close', () => resolve({ status: res.statusCode!, body, whole: res.complete }))
    })
    req.on('error', () => resolve({ status: 0, body: '', whole: false }))
    req.end()
  })
}

/** A file being read: some bytes, then a read error (a file removed or rebuilt underneath). */
function failingAfter(text: string): Readable {
  return new Readable({
    read() {
      if (text) {
        this.push(text)
        text = ''
      } else this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))
    },
  })
}

describe('streaming a file of the page', () => {
  it('answers 500 when the file fails before its first byte, and keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const port = await serving(() => failingAfter(''), 10)
      const reply = await get(port)
      expect(reply).toMatchObject({ status: 500, body: 'This file could not be read. Reload the page.', whole: true })
      expect((await get(port)).status).toBe(500)
      expect(logged).toHaveBeenCalledWith('[roundtable] a file of the page could not be read: EIO: i/o error, read')
    } finally {
      logged.mockRestore()
    }
  })

  it('cuts the answer when the file fails after its first bytes: the page sees a failed load, not a hang', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const port = await serving(() => failingAfter('console.'), 20)
      expect((await get(port)).whole).toBe(false)
      expect((await get(port)).whole).toBe(false)
    } finally {
      logged.mockRestore()
    }
  })

  it('cuts the answer when the file turns out shorter or longer than measured (replaced while read)', async () => {
    const shorter = await get(await serving(() => Readable.from([Buffer.from('console.log(1)')]), 100))
    expect(shorter.whole).toBe(false)
    const longer = await get(await serving(() => Readable.from([Buffer.from('console.log(1)')]), 4))
    expect(longer.whole).toBe(false)
    expect(longer.body.length).toBeLessThanOrEqual(4)
    const exact = await get(await serving(() => Readable.from([Buffer.from('console.log(1)')]), 14))
    expect(exact).toMatchObject({ status: 200, body: 'console.log(1)', whole: true })
  })
})
