// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { errorData } from '../../../src/shared/errors'
import type { ShellApi } from '../../../src/shared/shell'
import { sendFiles } from '../../../src/renderer/src/api/send-files'

function desktop(offerFile: ShellApi['offerFile']): string[] {
  const offered: string[] = []
  const shell: ShellApi = {
    setHistory: () => undefined,
    onMenuCommand: () => () => undefined,
    offerFile: (file) => {
      offered.push(file.name)
      return offerFile(file)
    },
  }
  Object.defineProperty(window, 'shell', { value: shell, configurable: true })
  Object.defineProperty(window, 'api', { value: {}, configurable: true })
  return offered
}

afterEach(() => {
  Reflect.deleteProperty(window, 'shell')
  Reflect.deleteProperty(window, 'api')
})

describe('files on their way to an import under Electron', () => {
  it('are offered by path, one after another, and named by the ids the shell gives', async () => {
    let next = 0
    const ids = ['7c9e6679-7425-40de-944b-e07fc1f90ae7', '2f1b8a4e-3c5d-4e6f-8a9b-0c1d2e3f4a5b']
    const offered = desktop(() => Promise.resolve({ ok: true, value: { uploadId: ids[next++]! } }))
    const sent = await sendFiles([new File(['a'], 'services.csv'), new File(['b'], 'organizations.csv')])
    expect(offered).toEqual(['services.csv', 'organizations.csv'])
    expect(sent).toEqual([
      { fileName: 'services.csv', uploadId: ids[0] },
      { fileName: 'organizations.csv', uploadId: ids[1] },
    ])
  })

  it('go as bytes only when a file has no path on disk', async () => {
    desktop(() => null)
    expect(await sendFiles([new File(['id,name\n'], 'made-here.csv')])).toEqual([{ fileName: 'made-here.csv', contentBase64: btoa('id,name\n') }])
  })

  it('stop at the shell’s refusal, with its reason', async () => {
    desktop(() => Promise.resolve({ ok: false, error: errorData('INVALID_INPUT', 'error.file.notAFile', { file: 'x.csv' }) }))
    await expect(sendFiles([new File(['x'], 'x.csv')])).rejects.toMatchObject({ reason: 'error.file.notAFile', values: { file: 'x.csv' } })
  })
})
