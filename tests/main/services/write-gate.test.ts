import { describe, expect, it } from 'vitest'
import { createWriteGate, gatedHandlers } from '../../../src/main/services/write-gate'

describe('the write gate', () => {
  it('runs calls at once while open, and holds them (without blocking) while an import copies', async () => {
    const gate = createWriteGate()
    const ran: string[] = []
    const handlers = gatedHandlers(gate, { save: (input: unknown) => ran.push(`save ${String(input)}`) })
    expect(handlers.save('a')).toBe(1)

    let finishCopy = () => {}
    const copying = gate.hold(() => new Promise<string>((resolve) => (finishCopy = () => resolve('copied'))))
    const waiting = handlers.save('b')
    expect(waiting).toBeInstanceOf(Promise)
    // The event loop is free meanwhile: timers still fire.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(ran).toEqual(['save a'])
    ran.push('copy')
    finishCopy()
    expect(await copying).toBe('copied')
    expect(await waiting).toBe(3)
    expect(ran).toEqual(['save a', 'copy', 'save b'])
  })

  it('opens again when the copy fails', async () => {
    const gate = createWriteGate()
    await expect(gate.hold(() => Promise.reject(new Error('locked')))).rejects.toThrow('locked')
    expect(gate.pass(() => 'at once')).toBe('at once')
  })
})
