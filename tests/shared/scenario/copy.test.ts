import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { freshCopy } from '../../../src/shared/scenario/copy'
import { parseScenarioText } from '../../../src/shared/scenario/parse'
import { needDeadlines } from '../../../src/shared/scenario/story-timeline'
import { scenarioSchema } from '../../../src/shared/scenario/schema'

describe('a copy of a scenario', () => {
  const parsed = parseScenarioText(readFileSync('scenarios/school-dismissal-video.yaml', 'utf8'), 'school-dismissal-video.yaml')
  if (!parsed.ok) throw new Error('the shipped example should parse')
  const original = parsed.scenario

  it('has its own id, title, and modules, objectives and needs numbered afresh; deadlines still count', () => {
    const copy = freshCopy(original, '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', 'Copy')
    expect(scenarioSchema.safeParse(copy).success).toBe(true)
    expect(copy.id).not.toBe(original.id)
    expect(copy.modules.map((m) => m.id)).toEqual(original.modules.map((_, m) => `m${m + 1}`))
    const needIds = copy.modules.flatMap((m) => m.needs.map((n) => n.id))
    expect(needIds).toEqual(needIds.map((_, n) => `n${n + 1}`))
    expect(needIds.some((id) => original.modules.some((m) => m.needs.some((n) => n.id === id && !/^n\d+$/.test(id))))).toBe(false)
    // The same deadlines, need for need, in the copy as in the original.
    const before = [...needDeadlines(original).values()]
    const after = [...needDeadlines(copy).values()]
    expect(after).toEqual(before)
    expect(original.modules[0]!.id).not.toBe('m1')
  })
})
