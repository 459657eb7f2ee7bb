import { describe, expect, it } from 'vitest'
import { startApp } from '../../../helpers/app'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const KEY = 'session:00000000-0000-4000-8000-000000000001:capture'

describe('drafts', () => {
  it('keeps what is typed, replaces it as typing goes on, and a new connection reads it', async () => {
    const dataDir = tempDir()
    const { store, call } = startApp(dataDir)
    expect(await call('drafts.get', { key: KEY })).toBeNull()
    await call('drafts.save', { key: KEY, content: 'Outreach on sce' })
    await call('drafts.save', { key: KEY, content: 'Outreach on scene at 10:50' })
    store.close()
    const again = startApp(dataDir)
    expect(await again.call('drafts.get', { key: KEY })).toEqual({ content: 'Outreach on scene at 10:50', updatedAt: '2026-10-03T18:00:00.000Z' })
    expect(again.store.db.prepare('SELECT count(*) AS n FROM draft').get()).toEqual({ n: 1 })
    again.store.close()
  })

  it('forgets a draft saved empty (the text was added, or cleared)', async () => {
    const { store, call } = startApp(tempDir())
    await call('drafts.save', { key: KEY, content: 'x' })
    await call('drafts.save', { key: KEY, content: '' })
    expect(await call('drafts.get', { key: KEY })).toBeNull()
    store.close()
  })

  it('refuses a key that is not of a session or a scenario', async () => {
    const { store, dispatch } = startApp(tempDir())
    expect(await dispatch('drafts.save', { key: '../../etc/passwd', content: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    store.close()
  })
})
