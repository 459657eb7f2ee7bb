import { describe, expect, it } from 'vitest'
import type { ScenarioModule } from '../../../src/shared/scenario/schema'
import { clockElapsedMs, dueInjects, moduleElapsedMs, nextTimedInject } from '../../../src/shared/session/auto-reveal'
import { emptySessionDocument, type SessionDocument } from '../../../src/shared/session/document'

const module: ScenarioModule = {
  id: 'm2',
  title: 'Module 2',
  narrative: 'Sunday.',
  questions: [],
  needs: [],
  injects: [
    { id: 'a', title: 'At once', text: '…', offsetMinutes: 0 },
    { id: 'b', title: 'In order', text: '…' },
    { id: 'c', title: 'At 10', text: '…', offsetMinutes: 10 },
    { id: 'd', title: 'At 5', text: '…', offsetMinutes: 5 },
  ],
}
const start = Date.parse('2026-11-23T18:00:00Z')
const minutes = (n: number) => n * 60_000

function running(elapsedBefore: number, moduleStartedAt: number): SessionDocument {
  return { ...emptySessionDocument(), clock: { running: true, startedAt: new Date(start).toISOString(), elapsedMs: elapsedBefore }, moduleStarts: { m2: moduleStartedAt } }
}

describe('injects on their time offsets', () => {
  it('reads the session clock: running adds the time since it started, paused stands still', () => {
    expect(clockElapsedMs({ running: true, startedAt: new Date(start).toISOString(), elapsedMs: minutes(3) }, start + minutes(2))).toBe(minutes(5))
    expect(clockElapsedMs({ running: false, elapsedMs: minutes(3) }, start + minutes(60))).toBe(minutes(3))
  })

  it('counts from when the module started on the clock, not from the session start', () => {
    const document = running(minutes(30), minutes(28))
    expect(moduleElapsedMs(document, 'm2', start + minutes(1))).toBe(minutes(3))
  })

  it('makes due the injects whose offset has passed, in module order, leaving those without an offset to the facilitator', () => {
    const document = running(minutes(20), minutes(20))
    expect(dueInjects(module, document, start).map((i) => i.id)).toEqual(['a'])
    expect(dueInjects(module, document, start + minutes(6)).map((i) => i.id)).toEqual(['a', 'd'])
    expect(dueInjects(module, document, start + minutes(11)).map((i) => i.id)).toEqual(['a', 'c', 'd'])
  })

  it('does not reveal one twice, and a paused clock reveals nothing more', () => {
    const revealed: SessionDocument = { ...running(0, 0), revealed: [{ moduleId: 'm2', injectId: 'a', at: new Date(start).toISOString() }] }
    expect(dueInjects(module, revealed, start + minutes(6)).map((i) => i.id)).toEqual(['d'])
    const paused: SessionDocument = { ...revealed, clock: { running: false, elapsedMs: minutes(4) } }
    expect(dueInjects(module, paused, start + minutes(600))).toEqual([])
    expect(nextTimedInject(module, paused, start + minutes(600))).toEqual({ inject: module.injects[3], inMs: minutes(1) })
  })
})
