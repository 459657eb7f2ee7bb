import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createOfferFileHandler } from '../../../src/main/shell/offer-file'
import { createUploadFiles } from '../../../src/main/services/upload-files'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const location = { rendererIndexFile: '/app/out/renderer/index.html' }
const fromApp = { senderFrame: { url: pathToFileURL(location.rendererIndexFile).href + '#/inventory', parent: null } }

function setup(maxBytes = 1024) {
  const data = tempDir()
  const picked = tempDir()
  const uploads = createUploadFiles(join(data, 'uploads'), maxBytes)
  return { uploads, picked, offer: createOfferFileHandler(uploads, location) }
}

describe('a file picked in the desktop app, offered by its path', () => {
  it('is named by an id the import reads it by, where it is, and is never deleted (it is the facilitator’s)', () => {
    const { uploads, picked, offer } = setup()
    const path = join(picked, 'services.csv')
    writeFileSync(path, 'id,name\n1,Night outreach\n')
    const answer = offer(fromApp, { name: 'services.csv', path })
    if (!answer.ok) throw new Error(answer.error.reason)
    expect(uploads.get(answer.value.uploadId)).toEqual({ name: 'services.csv', path })
    uploads.remove(answer.value.uploadId)
    expect(existsSync(path)).toBe(true)
    // Nothing was copied into the uploads folder either.
    expect(uploads.count()).toBe(0)
  })

  it.each([
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'folder.csv')), join(dir, 'folder.csv')), 'error.file.notAFile'],
    ['a file that is gone', (dir: string) => join(dir, 'gone.csv'), 'error.file.notAFile'],
    ['a relative path', () => 'services.csv', 'error.file.notAFile'],
    ['a file over the size an import reads', (dir: string) => (writeFileSync(join(dir, 'big.csv'), 'x'.repeat(2048)), join(dir, 'big.csv')), 'error.file.problem'],
  ])('refuses %s with a message naming the file', (_label, pathIn, reason) => {
    const { picked, offer } = setup()
    const answer = offer(fromApp, { name: 'services.csv', path: pathIn(picked) })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason, values: { file: 'services.csv' } } })
  })

  it('answers only the app’s own top frame, and only a name and a path', () => {
    const { picked, offer } = setup()
    const path = join(picked, 'a.csv')
    writeFileSync(path, 'id\n')
    expect(offer({ senderFrame: { url: 'https://example.org/', parent: null } }, { name: 'a.csv', path })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(offer(fromApp, { name: 'a.csv', path, bytes: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason: 'error.call.invalidInput' } })
  })
})
