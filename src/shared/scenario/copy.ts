// A copy of a scenario that is a scenario of its own: a new UUID, and its modules, objectives and
// needs numbered afresh (m1, o1, n1…) so nothing in it is mistaken for the original's. Inject ids
// stay: a need's deadline may name one ("within 2 days of inject school-call").
import type { Scenario } from './schema'

export function freshCopy(scenario: Scenario, id: string, title: string): Scenario {
  let need = 0
  return {
    ...scenario,
    id,
    overview: {
      ...scenario.overview,
      title,
      objectives: scenario.overview.objectives.map((objective, o) => ({ ...objective, id: `o${o + 1}` })),
    },
    modules: scenario.modules.map((module, m) => ({
      ...module,
      id: `m${m + 1}`,
      needs: module.needs.map((n) => ({ ...n, id: `n${++need}` })),
    })),
  }
}
