// A small seeded fuzz trial in every test run: 200 hostile files spread over the inventory import,
// scenario files, session files and town-hall files, each reader in a watched child process (the
// full trial is `npm run trial:fuzz -- --cases 10000`).
import { describe, expect, it } from 'vitest'
import { superviseFuzz } from './supervise'

describe('hostile files', () => {
  it('get a clear error or a correct import from every reader: no crash, no hang, no partial write, text stored as written', async () => {
    const figures = await superviseFuzz({ cases: 200, seed: 20261123 })
    expect(figures.cases).toBe(200)
    expect(figures.failures.map((f) => `${f.target} (path ${f.path}): ${f.problem}\n  input: ${f.input}\n  shrunk: ${f.shrunk ?? ''}`)).toEqual([])
    for (const target of figures.byTarget) expect(Object.keys(target.outcomes).length, `${target.name} ended its cases more than one way`).toBeGreaterThan(1)
  }, 180_000)
})
