import { describe, expect, it } from 'vitest'
import { startApp } from '../../../helpers/app'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()

describe("this laptop's settings", () => {
  it('start as the computer is set, with the presenter in the standard theme and the app’s language', async () => {
    const { call, store } = startApp(tempDir())
    expect(await call('app.settings', {})).toEqual({ language: 'system', theme: 'system', presenter: { theme: 'standard', language: 'app' } })
    store.close()
  })

  it('keep the colour theme, the presenter’s theme and language, and the language apart, across a reopening of the file', async () => {
    const dataDir = tempDir()
    const first = startApp(dataDir)
    expect((await first.call('app.setTheme', { theme: 'dark' })).theme).toBe('dark')
    await first.call('app.setLanguage', { language: 'en' })
    const saved = await first.call('app.setPresenter', { theme: 'projector', language: 'es' })
    expect(saved).toEqual({ language: 'en', theme: 'dark', presenter: { theme: 'projector', language: 'es' } })
    first.store.close()

    const again = startApp(dataDir)
    expect(await again.call('app.settings', {})).toEqual({ language: 'en', theme: 'dark', presenter: { theme: 'projector', language: 'es' } })
    expect((await again.call('app.setTheme', { theme: 'light' })).presenter).toEqual({ theme: 'projector', language: 'es' })
    again.store.close()
  })

  it('refuse a theme that is not one of the choices, and read a stray saved value as its default', async () => {
    const { call, store } = startApp(tempDir())
    await expect(call('app.setTheme', { theme: 'sepia' } as never)).rejects.toMatchObject({ code: expect.any(String) as unknown })
    store.db.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES ('theme', '"sepia"', '2026-10-03T18:00:00Z')`).run()
    store.db.prepare(`INSERT INTO app_setting (key, value, updated_at) VALUES ('presenter.language', '"fr"', '2026-10-03T18:00:00Z')`).run()
    const settings = await call('app.settings', {})
    expect(settings.theme).toBe('system')
    expect(settings.presenter.language).toBe('app')
    store.close()
  })
})
