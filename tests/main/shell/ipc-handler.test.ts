import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { createIpcHandler } from '../../../src/main/shell/ipc-handler'

const location = { rendererIndexFile: '/app/out/renderer/index.html' }
const appUrl = pathToFileURL(location.rendererIndexFile).href + '#/areas'

describe('IPC handler', () => {
  it('passes calls from the app’s own top frame to the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'answered' }))
    const handler = createIpcHandler(dispatch, location, 'areas.list')
    const result = await handler({ senderFrame: { url: appUrl, parent: null } }, { query: 'x' })
    expect(result).toEqual({ ok: true, value: 'answered' })
    expect(dispatch).toHaveBeenCalledWith('areas.list', { query: 'x' })
  })

  it.each([
    ['a sub-frame', { url: appUrl, parent: {} }],
    ['another page', { url: 'https://example.org/', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s without calling the dispatcher', async (_label, senderFrame) => {
    const dispatch = vi.fn()
    const handler = createIpcHandler(dispatch, location, 'areas.setFocus')
    const result = await handler({ senderFrame }, { number: 1, isFocus: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
