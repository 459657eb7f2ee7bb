import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../src/shared/errors'
import { createFileReader } from '../../../../src/main/services/reading/file-reader'
import { builtWorker } from '../../../helpers/import-worker-build'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const SCENARIOS = join(__dirname, '../../../../scenarios')
const worker = () => builtWorker('src/main/services/reading/reading-worker.ts')

function scenarioFile(): { name: string; bytes: Buffer } {
  const name = 'park-shooting-vigil.yaml'
  return { name, bytes: readFileSync(join(SCENARIOS, name)) }
}

/** A bundle of `copies` scenarios: megabytes of YAML, seconds of parsing. */
function bigBundle(copies: number): string {
  const one = readFileSync(join(SCENARIOS, scenarioFile().name), 'utf8')
  const indented = one.split('\n').map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)).join('\n')
  return `roundtableBundle: 1\nscenarios:\n${Array.from({ length: copies }, () => indented).join('\n')}\n`
}

describe('reading picked files off the main thread', () => {
  it('parses a scenario file in a worker exactly as this thread does', async () => {
    const file = scenarioFile()
    const [inWorker] = await createFileReader(worker()).read('scenarios', [file])
    const [here] = await createFileReader().read('scenarios', [file])
    expect(inWorker).toEqual(here)
    expect(inWorker).toMatchObject({ ok: true })
  }, 30_000)

  it('leaves the main thread free while a large bundle is parsed (a timer fires meanwhile); in this thread it could not', async () => {
    const dir = tempDir()
    const path = join(dir, 'bundle.yaml')
    writeFileSync(path, bigBundle(60))
    const ticksDuring = async (reader: ReturnType<typeof createFileReader>) => {
      let ticks = 0
      const timer = setInterval(() => ticks++, 1)
      await reader.read('scenarios', [{ name: 'bundle.yaml', path }])
      clearInterval(timer)
      return ticks
    }
    expect(await ticksDuring(createFileReader(worker()))).toBeGreaterThan(0)
    expect(await ticksDuring(createFileReader())).toBe(0)
  }, 60_000)

  it('answers a file that is not UTF-8, or an alias bomb, with a message naming the file, from the worker', async () => {
    const reader = createFileReader(worker())
    const latin1 = reader.read('sessionFile', { name: 'sesión.json', bytes: Buffer.from([0x7b, 0xe9, 0x7d]) })
    await expect(latin1).rejects.toBeInstanceOf(AppError)
    await expect(latin1).rejects.toMatchObject({ reason: 'error.file.problem', values: { file: 'sesión.json' } })
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`)].join('\n')
    const [parsed] = await reader.read('scenarios', [{ name: 'bomb.yaml', bytes: Buffer.from(bomb) }])
    expect(parsed).toMatchObject({ ok: false, errors: [expect.objectContaining({ file: 'bomb.yaml' })] })
  }, 30_000)

  it('reads one file at a time, in the order asked', async () => {
    const reader = createFileReader(worker())
    const order: string[] = []
    const file = scenarioFile()
    await Promise.all(['first', 'second', 'third'].map((label) => reader.read('scenarios', [file]).then(() => order.push(label))))
    expect(order).toEqual(['first', 'second', 'third'])
  }, 30_000)
})
