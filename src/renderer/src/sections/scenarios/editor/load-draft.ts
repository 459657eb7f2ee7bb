// What the editor opens with: the saved scenario (or, for a new one, the blank it started as) and
// any unsaved work the app kept from an earlier visit.
import type { Scenario } from '../../../../../shared/scenario/schema'

export interface Loaded {
  saved: Scenario
  /** Unsaved work from an earlier visit, and when it was last typed. */
  restored?: { draft: Scenario; at: string } | undefined
  /** Not in the library yet: Save adds it, Cancel forgets it. */
  isNew: boolean
}

export const draftKey = (id: string) => `scenario:${id}`

/** The kept draft as a scenario with this id, or nothing when it is not one. */
export function keptScenario(id: string, kept: { content: string } | null): Scenario | undefined {
  if (!kept || kept.content === '') return undefined
  try {
    const draft = JSON.parse(kept.content) as Scenario
    return typeof draft === 'object' && draft !== null && draft.id === id && Array.isArray(draft.modules) ? draft : undefined
  } catch {
    return undefined
  }
}

/** The kept draft, when there is one that differs from what is saved. */
export function restoredDraft(saved: Scenario, kept: { content: string; updatedAt: string } | null): Loaded['restored'] {
  const draft = keptScenario(saved.id, kept)
  return draft && JSON.stringify(draft) !== JSON.stringify(saved) ? { draft, at: kept!.updatedAt } : undefined
}
