import { describe, expect, it } from 'vitest'
import { afterCalls } from '../../../src/main/api/after-call'
import type { Dispatch } from '../../../src/main/api/dispatch'
import { errorData } from '../../../src/shared/errors'

const answering: Dispatch = async (name) =>
  name === 'app.setTheme' ? { ok: false, error: errorData('INVALID_INPUT', 'error.call.invalidInput', { name, issues: '' }) } : { ok: true, value: name }

describe('afterCalls', () => {
  it('runs after a watched call succeeds, passing the answer through unchanged', async () => {
    const heard: string[] = []
    const dispatch = afterCalls(answering, ['app.setLanguage', 'app.setTheme'], (name) => heard.push(name))
    expect(await dispatch('app.setLanguage', { language: 'es' })).toEqual({ ok: true, value: 'app.setLanguage' })
    expect(heard).toEqual(['app.setLanguage'])
  })

  it('stays quiet for calls it does not watch and for watched calls that fail', async () => {
    const heard: string[] = []
    const dispatch = afterCalls(answering, ['app.setLanguage', 'app.setTheme'], (name) => heard.push(name))
    await dispatch('app.settings', {})
    const failed = await dispatch('app.setTheme', { theme: 'x' })
    expect(failed.ok).toBe(false)
    expect(heard).toEqual([])
  })
})
