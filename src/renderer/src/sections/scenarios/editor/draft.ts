// The scenario being edited: how a change is written, how its lists grow and shrink, and how it is tidied before checking.
import { produce } from 'immer'
import type { Scenario } from '../../../../../shared/scenario/schema'

/** Changes the draft in place (an immer recipe). */
export type UpdateDraft = (recipe: (draft: Scenario) => void) => void

/** The format's complaint about the field at a path such as `modules[0].title`, if any. */
export type ErrorAt = (path: string) => string | undefined

/** Add, move and remove for one list of the draft, found by `pick`; `make` writes the new row. */
export function draftList<T>(update: UpdateDraft, pick: (draft: Scenario) => T[], make: (draft: Scenario, list: readonly T[]) => T) {
  return {
    onAdd: () => update((d) => void pick(d).push(make(d, pick(d)))),
    onMove: (from: number, to: number) => update((d) => move(pick(d), from, to)),
    onRemove: (index: number) => update((d) => void pick(d).splice(index, 1)),
  }
}

function move<T>(items: T[], from: number, to: number): void {
  if (to < 0 || to >= items.length || from === to) return
  const [item] = items.splice(from, 1)
  items.splice(to, 0, item!)
}

/** Drops empty optional text and empty lines, so the draft checks like the saved file will. */
export function clean(draft: Scenario): Scenario {
  return produce(draft, (d) => {
    const trimOptional = <T extends object, K extends keyof T>(object: T, key: K) => {
      if (typeof object[key] === 'string' && (object[key] as string).trim() === '') delete object[key]
    }
    trimOptional(d.overview, 'place')
    d.variables.forEach((v) => trimOptional(v, 'example'))
    trimOptional(d.overview, 'duration')
    d.overview.participants.forEach((p) => trimOptional(p, 'note'))
    for (const module of d.modules) {
      trimOptional(module, 'timing')
      for (const inject of module.injects) {
        trimOptional(inject, 'from')
        trimOptional(inject, 'facilitatorNotes')
        if (inject.expectedActions) {
          inject.expectedActions = inject.expectedActions.map((a) => a.trim()).filter(Boolean)
          if (inject.expectedActions.length === 0) delete inject.expectedActions
        }
      }
      module.questions.forEach((q) => trimOptional(q, 'discipline'))
      for (const need of module.needs) {
        trimOptional(need, 'place')
        trimOptional(need, 'duration')
      }
    }
  })
}
