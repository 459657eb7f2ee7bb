import { afterEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../helpers/app'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

afterEach(() => void vi.useRealTimers())

describe('exercise.suggest', () => {
  it('suggests active inventory resources of the need’s category that serve its area, best first', async () => {
    const { store, call } = startApp(tempDir())
    const need = { id: 'n1', category: 'conflict-mediation', areaNumber: 30, when: 'Fri-Sun 12:00-24:00', language: 'es', urgency: 'high' as const }
    const suggestions = await call('exercise.suggest', { need, linkedResourceIds: [], hasLead: false })
    expect(suggestions.map((s) => `${s.organizationName}: ${s.name}`)).toEqual(['La Villita Paz (sample): Mediación de conflictos'])
    expect(suggestions[0]!.closes).toEqual(['no-resource'])
    store.close()
  })

  it('judges freshness by the app’s clock, not the wall clock (a laptop whose date is years on)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2029-06-01T12:00:00Z'))
    const { store, call } = startApp(tempDir(), { clock: () => new Date('2026-10-03T18:00:00Z') })
    const need = { id: 'n1', category: 'conflict-mediation', areaNumber: 30, when: 'Fri-Sun 12:00-24:00', language: 'es', urgency: 'high' as const }
    const suggestions = await call('exercise.suggest', { need, linkedResourceIds: [], hasLead: false })
    expect(suggestions.map((s) => s.name)).toEqual(['Mediación de conflictos'])
    store.close()
  })

  it('explains a need time it cannot read', async () => {
    const { store, dispatch } = startApp(tempDir())
    const result = await dispatch('exercise.suggest', { need: { id: 'n1', category: 'x', areaNumber: 30, when: 'sometimes', urgency: 'high' as const }, linkedResourceIds: [], hasLead: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    store.close()
  })
})
