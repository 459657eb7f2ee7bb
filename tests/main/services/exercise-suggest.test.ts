import { afterEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../helpers/app'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()

afterEach(() => void vi.useRealTimers())

describe('exercise.suggest', () => {
  it('suggests an active resource of the need’s kind serving its area, saying what it closes and what it leaves', async () => {
    const { store, call } = startApp(tempDir())
    const need = { id: 'n1', category: 'trauma-counseling', areaNumber: 29, when: 'Mon-Fri 16:00-20:00', languages: ['en', 'es'], urgency: 'high' as const }
    const { suggestions } = await call('exercise.suggest', { need, links: [], hasLead: false })
    expect(suggestions.map((s) => `${s.organizationName}: ${s.name}`)).toEqual(['Department of Public Health (sample): Trauma-informed counseling referrals'])
    expect(suggestions[0]!.closes).toEqual(['no-resource'])
    // Linked, it would still leave the early evening uncovered and nobody leading: said, not hidden.
    expect(suggestions[0]!.leaves).toEqual([{ kind: 'not-at-that-time', uncovered: 'Mon-Fri 16:30-20:00' }, { kind: 'no-lead' }])
    store.close()
  })

  it('leaves out a crew that is full and closed when needed, and says so, rather than suggest it', async () => {
    const { store, call } = startApp(tempDir())
    const need = { id: 'n1', category: 'conflict-mediation', areaNumber: 30, when: 'Fri-Sun 12:00-24:00', languages: ['es'], urgency: 'high' as const }
    const { suggestions, leftOut } = await call('exercise.suggest', { need, links: [], hasLead: false })
    expect(suggestions).toEqual([])
    expect(leftOut.find((l) => l.name === 'Mediación de conflictos')!.why).toEqual([
      { kind: 'over-capacity' },
      { kind: 'closed-then', uncovered: 'Fri 20:00-24:00; Sat-Sun 12:00-24:00' },
    ])
    store.close()
  })

  it('lists every other resource of the need’s kind as left out, with why', async () => {
    const { store, call } = startApp(tempDir())
    const need = { id: 'n1', category: 'trauma-counseling', areaNumber: 29, when: 'Mon-Fri 16:00-20:00', deadline: { hours: 48, text: 'within 48 hours' }, languages: ['en', 'es'], urgency: 'high' as const }
    const result = await call('exercise.suggest', { need, links: [], hasLead: true })
    const counseling = (await call('inventory.listServices', { category: 'trauma-counseling', limit: 100 })).items
    // Every counseling service of the inventory is either suggested or left out, once.
    const named = [...result.suggestions, ...result.leftOut].map((s) => s.resourceId).sort()
    expect(named).toEqual(counseling.map((s) => s.id).sort())
    expect(result.leftOutCount).toBe(result.leftOut.length)
    for (const item of result.leftOut) expect(item.why.length).toBeGreaterThan(0)
    const elsewhere = result.leftOut.find((l) => counseling.find((s) => s.id === l.resourceId)!.areaNumbers.every((a) => a !== 29) && !counseling.find((s) => s.id === l.resourceId)!.citywide)
    expect(elsewhere?.why).toContainEqual({ kind: 'not-serving-area' })
    store.close()
  })

  it('judges freshness by the app’s clock, not the wall clock (a laptop whose date is years on)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2029-06-01T12:00:00Z'))
    const { store, call } = startApp(tempDir(), { clock: () => new Date('2026-10-03T18:00:00Z') })
    const need = { id: 'n1', category: 'trauma-counseling', areaNumber: 29, when: 'Mon-Fri 16:00-20:00', languages: ['en', 'es'], urgency: 'high' as const }
    const { suggestions, leftOut } = await call('exercise.suggest', { need, links: [], hasLead: false })
    expect(suggestions.map((s) => s.name)).toEqual(['Trauma-informed counseling referrals'])
    // Only the one verified in early 2025 is stale on 2026-10-03 (in 2029 all would be).
    expect(leftOut.filter((l) => l.why.some((w) => w.kind === 'stale')).map((l) => l.name)).toEqual(['Trauma-informed counseling'])
    store.close()
  })

  it('explains a need time it cannot read', async () => {
    const { store, dispatch } = startApp(tempDir())
    const result = await dispatch('exercise.suggest', { need: { id: 'n1', category: 'x', areaNumber: 30, when: 'sometimes', languages: [], urgency: 'high' as const }, links: [], hasLead: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    store.close()
  })
})
