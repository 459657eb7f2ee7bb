// A scenario as an outline: the overview's parts, then each module with its injects, questions and
// needs, one line each. The editor shows it beside the selected item's form; these functions find,
// add, move and remove items on a draft (mutated in place, as inside an immer recipe).
import type { Scenario } from './schema'

/** The overview's parts, each one line of the outline. */
export const OVERVIEW_PARTS = ['overview', 'objectives', 'participants', 'variables'] as const
export type OverviewPart = (typeof OVERVIEW_PARTS)[number]
/** What a module holds, in the order the outline lists them. */
export const MODULE_PARTS = ['inject', 'question', 'need'] as const
export type ModulePart = (typeof MODULE_PARTS)[number]

/** One item of the outline: an overview part, a module, or one of a module's injects, questions or needs. */
export type OutlineRef = { kind: OverviewPart } | { kind: 'module'; module: number } | { kind: ModulePart; module: number; index: number }

export interface OutlineItem {
  ref: OutlineRef
  /** Stable while the item keeps its place: "module:1", "need:1:0". */
  key: string
  /** 1 for the overview's parts and modules, 2 for what a module holds. */
  level: 1 | 2
  /** The item's own words (a title, a question, a need's description), maybe empty. */
  text: string
  /** Its number among its kind: module 2, inject 2.1, question 3. */
  number: string
}

const LIST_OF: Record<ModulePart, 'injects' | 'questions' | 'needs'> = { inject: 'injects', question: 'questions', need: 'needs' }

export function keyOf(ref: OutlineRef): string {
  if (ref.kind === 'module') return `module:${ref.module}`
  if ('index' in ref) return `${ref.kind}:${ref.module}:${ref.index}`
  return ref.kind
}

/** Every item of the outline, in reading order. */
export function outlineOf(scenario: Scenario): OutlineItem[] {
  const items: OutlineItem[] = [
    { ref: { kind: 'overview' }, key: 'overview', level: 1, text: scenario.overview.title, number: '' },
    { ref: { kind: 'objectives' }, key: 'objectives', level: 1, text: '', number: String(scenario.overview.objectives.length) },
    { ref: { kind: 'participants' }, key: 'participants', level: 1, text: '', number: String(scenario.overview.participants.length) },
    { ref: { kind: 'variables' }, key: 'variables', level: 1, text: '', number: String(scenario.variables.length) },
  ]
  scenario.modules.forEach((module, m) => {
    const moduleRef: OutlineRef = { kind: 'module', module: m }
    items.push({ ref: moduleRef, key: keyOf(moduleRef), level: 1, text: module.title, number: String(m + 1) })
    for (const kind of MODULE_PARTS) {
      const list = module[LIST_OF[kind]]
      list.forEach((entry, index) => {
        const ref: OutlineRef = { kind, module: m, index }
        const text = 'title' in entry ? entry.title : 'description' in entry ? entry.description : entry.text
        items.push({ ref, key: keyOf(ref), level: 2, text, number: `${m + 1}.${index + 1}` })
      })
    }
  })
  return items
}

/** The error paths an item answers for: its own fields, not those of the items under it. */
export function ownsPath(ref: OutlineRef, path: string): boolean {
  switch (ref.kind) {
    case 'overview':
      return path.startsWith('overview.') && !path.startsWith('overview.objectives') && !path.startsWith('overview.participants')
    case 'objectives':
      return path.startsWith('overview.objectives')
    case 'participants':
      return path.startsWith('overview.participants')
    case 'variables':
      return path.startsWith('variables')
    case 'module': {
      const at = `modules[${ref.module}]`
      return path === at || (path.startsWith(`${at}.`) && !MODULE_PARTS.some((part) => path.startsWith(`${at}.${LIST_OF[part]}[`)))
    }
    default:
      return path === `modules[${ref.module}].${LIST_OF[ref.kind]}` || path.startsWith(`modules[${ref.module}].${LIST_OF[ref.kind]}[${ref.index}]`)
  }
}

/** How many of the format's complaints fall on an item. */
export function errorsOn(ref: OutlineRef, errorPaths: Iterable<string>): number {
  let count = 0
  for (const path of errorPaths) if (ownsPath(ref, path)) count++
  return count
}

/** The first item, in reading order, with a complaint. */
export function firstWithErrors(scenario: Scenario, errorPaths: readonly string[]): OutlineItem | undefined {
  return outlineOf(scenario).find((item) => errorsOn(item.ref, errorPaths) > 0)
}

/** The first id `prefix1`, `prefix2`… not yet taken, counting on from the list's length. */
export function nextId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`
}

/** Adds an empty module, or an empty inject, question or need at the end of module `m`; returns where it went. */
export function addItem(draft: Scenario, kind: 'module' | ModulePart, m = draft.modules.length - 1): OutlineRef {
  if (kind === 'module') {
    draft.modules.push({ id: nextId('m', draft.modules.map((x) => x.id)), title: '', narrative: '', injects: [], questions: [], needs: [] })
    return { kind: 'module', module: draft.modules.length - 1 }
  }
  const module = draft.modules[m]
  if (!module) throw new Error(`There is no module ${m + 1} to add to.`)
  if (kind === 'inject') module.injects.push({ id: nextId('i', module.injects.map((x) => x.id)), title: '', text: '' })
  else if (kind === 'question') module.questions.push({ text: '' })
  else {
    const taken = draft.modules.flatMap((x) => x.needs.map((n) => n.id))
    module.needs.push({ id: nextId('n', taken), category: '', description: '', communityArea: draft.overview.communityAreas[0] ?? '', urgency: 'medium' })
  }
  return { kind, module: m, index: module[LIST_OF[kind]].length - 1 }
}

/** Moves an item one place up (-1) or down (+1) among its own kind; returns where it is now. */
export function moveItem(draft: Scenario, ref: OutlineRef, delta: -1 | 1): OutlineRef {
  if (ref.kind === 'module') return move(draft.modules, ref.module, delta) ? { ...ref, module: ref.module + delta } : ref
  if (!('index' in ref)) return ref
  const list: unknown[] = draft.modules[ref.module]![LIST_OF[ref.kind]]
  return move(list, ref.index, delta) ? { ...ref, index: ref.index + delta } : ref
}

/** Whether an item can move that way: it has a neighbour of its kind there. */
export function canMove(scenario: Scenario, ref: OutlineRef, delta: -1 | 1): boolean {
  if (ref.kind === 'module') return inRange(ref.module + delta, scenario.modules.length)
  if (!('index' in ref)) return false
  return inRange(ref.index + delta, scenario.modules[ref.module]?.[LIST_OF[ref.kind]].length ?? 0)
}

/** Removes an item (a module with all it holds); returns the item to select next. */
export function removeItem(draft: Scenario, ref: OutlineRef): OutlineRef {
  if (ref.kind === 'module') {
    draft.modules.splice(ref.module, 1)
    return draft.modules.length === 0 ? { kind: 'variables' } : { kind: 'module', module: Math.min(ref.module, draft.modules.length - 1) }
  }
  if (!('index' in ref)) return ref
  const list: unknown[] = draft.modules[ref.module]![LIST_OF[ref.kind]]
  list.splice(ref.index, 1)
  return list.length === 0 ? { kind: 'module', module: ref.module } : { ...ref, index: Math.min(ref.index, list.length - 1) }
}

/** The item still exists in the scenario (after an undo, a removal elsewhere, a restored draft). */
export function exists(scenario: Scenario, ref: OutlineRef): boolean {
  if (ref.kind === 'module') return ref.module < scenario.modules.length
  if (!('index' in ref)) return true
  return ref.index < (scenario.modules[ref.module]?.[LIST_OF[ref.kind]].length ?? 0)
}

function inRange(index: number, length: number): boolean {
  return index >= 0 && index < length
}

function move(items: unknown[], from: number, delta: -1 | 1): boolean {
  const to = from + delta
  if (!inRange(from, items.length) || !inRange(to, items.length)) return false
  const [item] = items.splice(from, 1)
  items.splice(to, 0, item)
  return true
}
