import { describe, expect, it } from 'vitest'
import { startApp } from '../../helpers/app'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

describe('exercise.suggest', () => {
  it('suggests active inventory resources of the need’s category that serve its area, best first', async () => {
    const { store, call } = startApp(tempDir())
    const need = { id: 'n1', category: 'conflict-mediation', areaNumber: 30, when: 'Fri-Sun 12:00-24:00', language: 'es', urgency: 'high' }
    const suggestions = await call<{ name: string; organizationName: string; closes: string[] }[]>('exercise.suggest', { need, linkedResourceIds: [], hasLead: false })
    expect(suggestions.map((s) => `${s.organizationName}: ${s.name}`)).toEqual(['La Villita Paz (sample): Mediación de conflictos'])
    expect(suggestions[0]!.closes).toEqual(['no-resource'])
    store.close()
  })

  it('explains a need time it cannot read', async () => {
    const { store, dispatch } = startApp(tempDir())
    const result = await dispatch('exercise.suggest', { need: { id: 'n1', category: 'x', areaNumber: 30, when: 'sometimes', urgency: 'high' }, linkedResourceIds: [], hasLead: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    store.close()
  })
})
