import { describe, expect, it } from 'vitest'
import { scenarioSchema } from '../../../src/shared/scenario/schema'
import { newScenario } from '../../../src/shared/scenario/template'

describe('a new scenario', () => {
  it.each(['en', 'es'] as const)('is valid as it stands, in %s, with one module, inject, need and objective', (language) => {
    const scenario = newScenario('0b9e7c7e-4a5c-4d7e-9a43-3f9d6a1b2c3d', language, 44)
    expect(scenarioSchema.safeParse(scenario).success).toBe(true)
    expect(scenario.overview).toMatchObject({ language, communityAreas: [44] })
    expect(scenario.modules).toHaveLength(1)
    expect(scenario.modules[0]!.injects).toHaveLength(1)
    expect(scenario.modules[0]!.needs).toEqual([expect.objectContaining({ communityArea: 44, category: 'street-outreach' })])
  })

  it('is worded in the facilitator’s language', () => {
    expect(newScenario('0b9e7c7e-4a5c-4d7e-9a43-3f9d6a1b2c3d', 'es', 30).overview.title).toBe('Escenario nuevo')
    expect(newScenario('0b9e7c7e-4a5c-4d7e-9a43-3f9d6a1b2c3d', 'en', 30).overview.title).toBe('New scenario')
  })
})

describe('a scenario’s text outside a run', () => {
  it('shows each variable as its label, never raw', async () => {
    const { withVariableLabels } = await import('../../../src/shared/scenario/schema')
    const variables = [{ name: 'park', label: 'The park near the scene' }]
    expect(withVariableLabels('Saturday night shooting near ${park}', variables)).toBe('Saturday night shooting near [The park near the scene]')
    expect(withVariableLabels('No variables here', variables)).toBe('No variables here')
  })
})
