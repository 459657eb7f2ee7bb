import { describe, expect, it, vi } from 'vitest'
import { contract, type Handlers } from '../../../src/shared/contract'
import { AppError } from '../../../src/shared/errors'
import { createDispatch } from '../../../src/main/api/dispatch'
import { createHandlers } from '../../../src/main/services'
import { openStore } from '../../../src/main/store/open-store'
import { RESOURCES_DIR, SCENARIOS_DIR } from '../../helpers/resources'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

function realHandlers(): Handlers {
  const store = openStore({ dataDir: tempDir() })
  return createHandlers({ store, appVersion: '1.2.3', runtime: 'browser', resourcesDir: RESOURCES_DIR, scenariosDir: SCENARIOS_DIR })
}

describe('dispatch', () => {
  it('runs a valid call through the real services', async () => {
    const dispatch = createDispatch(realHandlers())
    const result = await dispatch('areas.setFocus', { number: 25, isFocus: true })
    expect(result).toMatchObject({ ok: true, value: { name: 'Austin', isFocus: true } })
  })

  it('has one handler per call of the contract, merged from the domains', () => {
    expect(Object.keys(realHandlers()).sort()).toEqual(Object.keys(contract).sort())
  })

  it('fills defaults when the input is left out', async () => {
    const dispatch = createDispatch(realHandlers())
    const result = await dispatch('areas.list', undefined)
    expect(result.ok && (result.value as { areas: unknown[] }).areas).toHaveLength(77)
  })

  it('answers an unknown call with UNKNOWN_CALL', async () => {
    const dispatch = createDispatch(realHandlers())
    expect(await dispatch('areas.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', reason: 'error.call.unknown', values: { name: 'areas.drop' }, message: 'Roundtable has no call named "areas.drop".' },
    })
    expect((await dispatch('constructor', {})).ok).toBe(false)
  })

  it('answers malformed input with INVALID_INPUT naming each field', async () => {
    const dispatch = createDispatch(realHandlers())
    const result = await dispatch('areas.setFocus', { number: 'thirty', isFocus: 1 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.details).toEqual({
      issues: [
        { path: 'number', key: 'validation.notANumber', message: 'Write a number.' },
        { path: 'isFocus', key: 'validation.wrongType', values: { expected: 'boolean' }, message: 'Write true or false here.' },
      ],
    })
    expect(result.error.message).toMatch(/^The request "areas.setFocus" was not valid: number: .*; isFocus: /)
  })

  it('passes a service’s own error through as data', async () => {
    const handlers = { ...realHandlers(), 'areas.setFocus': () => { throw new AppError('NOT_FOUND', 'error.area.notFound', { number: 99 }) } }
    const result = await createDispatch(handlers)('areas.setFocus', { number: 1, isFocus: true })
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'error.area.notFound', values: { number: 99 }, message: 'There is no community area number 99.' },
    })
  })

  it('never lets the text of an unexpected error reach the page', async () => {
    const logError = vi.fn()
    const handlers = { ...realHandlers(), 'areas.list': () => { throw new Error('SQLITE_IOERR at /home/secret/path') } }
    const result = await createDispatch(handlers, { logError })('areas.list', {})
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', reason: 'error.internal', message: expect.stringMatching(/^Something went wrong inside Roundtable/) } })
    expect(logError).toHaveBeenCalledOnce()
  })

  it('treats a handler that breaks its output contract as an internal error', async () => {
    const handlers = { ...realHandlers(), 'areas.setFocus': () => ({ number: 1 }) as never }
    const result = await createDispatch(handlers, { logError: () => undefined })('areas.setFocus', { number: 1, isFocus: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
