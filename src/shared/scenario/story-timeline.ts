// A scenario's story times laid on one running clock (minutes from the Monday 00:00 of the week the
// story starts in), and each need's deadline as the hours a resource has to start helping.
import { said, type Said } from '../i18n/said'
import { parseDeadline, type Deadline, type InjectRef } from './deadline'
import { MINUTES_PER_DAY, MINUTES_PER_WEEK, nextOccurrence, parseStoryTime } from './story-clock'

/** The parts of a scenario the story clock reads (structural, so the schema can check with it). */
export interface StoryScenario {
  overview: { storyStart?: string | undefined }
  modules: readonly {
    id: string
    storyTime?: string | undefined
    injects: readonly { id: string; storyTime?: string | undefined }[]
    needs: readonly { id: string; deadline?: string | undefined }[]
  }[]
}

export interface StoryTimeline {
  /** Module id → its moment on the story clock, when it has a story time. */
  modules: Map<string, { at: number; hasClock: boolean }>
  /** "moduleId/injectId" → its moment, when it has a story time. */
  injects: Map<string, number>
}

/** Each story time is the first such moment at or after the last one before it in the scenario. */
export function storyTimeline(scenario: StoryScenario): StoryTimeline {
  const timeline: StoryTimeline = { modules: new Map(), injects: new Map() }
  let now = 0
  const advance = (text: string | undefined): { at: number; hasClock: boolean } | undefined => {
    if (text === undefined || text.trim() === '') return undefined
    const parsed = parseStoryTime(text)
    if (!parsed.ok) return undefined
    now = nextOccurrence(parsed.value, now)
    return { at: now, hasClock: parsed.value.minute !== undefined }
  }
  advance(scenario.overview.storyStart)
  for (const module of scenario.modules) {
    const moduleAt = advance(module.storyTime)
    if (moduleAt) timeline.modules.set(module.id, moduleAt)
    for (const inject of module.injects) {
      const injectAt = advance(inject.storyTime)
      if (injectAt) timeline.injects.set(`${module.id}/${inject.id}`, injectAt.at)
    }
  }
  return timeline
}

export type NeedDeadline = { hours: number; text: string } | { error: Said }

function findInject(scenario: StoryScenario, ref: InjectRef): { moduleId: string; injectId: string } | undefined {
  if ('id' in ref) {
    for (const module of scenario.modules) {
      const inject = module.injects.find((i) => i.id === ref.id)
      if (inject) return { moduleId: module.id, injectId: inject.id }
    }
    return undefined
  }
  const module = scenario.modules[ref.module - 1]
  const inject = module?.injects[ref.inject - 1]
  return module && inject ? { moduleId: module.id, injectId: inject.id } : undefined
}

const hoursBetween = (from: number, to: number) => Math.max(0, to - from) / 60

function resolve(deadline: Deadline, scenario: StoryScenario, timeline: StoryTimeline, moduleIndex: number): { hours: number } | { error: Said } {
  const module = scenario.modules[moduleIndex]!
  const arises = timeline.modules.get(module.id)
  const module_ = { module: moduleIndex + 1 }
  switch (deadline.kind) {
    case 'within': {
      if (!deadline.after) return { hours: deadline.hours }
      const found = findInject(scenario, deadline.after)
      if (!found) {
        const named = 'id' in deadline.after ? `"${deadline.after.id}"` : `${deadline.after.module}.${deadline.after.inject}`
        return { error: said('validation.scenario.noSuchInject', { inject: named }) }
      }
      const injectAt = timeline.injects.get(`${found.moduleId}/${found.injectId}`)
      // Without story times, the need is taken to arise with the inject it counts from.
      if (injectAt === undefined || arises === undefined) return { hours: deadline.hours }
      return { hours: hoursBetween(arises.at, injectAt + deadline.hours * 60) }
    }
    case 'by':
      if (!arises) return { error: said('validation.scenario.byNeedsStoryTime', module_) }
      return { hours: hoursBetween(arises.at, nextOccurrence(deadline.at, arises.at)) }
    case 'tonight': {
      if (!arises?.hasClock) return { error: said('validation.scenario.tonightNeedsClock', module_) }
      const dayStart = Math.floor(arises.at / MINUTES_PER_DAY) * MINUTES_PER_DAY
      const sixAm = dayStart + 6 * 60
      return { hours: hoursBetween(arises.at, arises.at < sixAm ? sixAm : sixAm + MINUTES_PER_DAY) }
    }
    case 'this-week': {
      if (!arises) return { error: said('validation.scenario.thisWeekNeedsStoryTime', module_) }
      return { hours: hoursBetween(arises.at, (Math.floor(arises.at / MINUTES_PER_WEEK) + 1) * MINUTES_PER_WEEK) }
    }
  }
}

/**
 * Every need's deadline as hours to start from when the need arises (its module's story time),
 * keyed by need id; needs without a deadline are absent. Problems are said, not guessed.
 */
export function needDeadlines(scenario: StoryScenario, timeline = storyTimeline(scenario)): Map<string, NeedDeadline> {
  const deadlines = new Map<string, NeedDeadline>()
  scenario.modules.forEach((module, moduleIndex) => {
    for (const need of module.needs) {
      if (need.deadline === undefined || need.deadline.trim() === '') continue
      const parsed = parseDeadline(need.deadline)
      if (!parsed.ok) {
        deadlines.set(need.id, { error: said('validation.scenario.notADeadline', { deadline: need.deadline.trim(), reason: parsed.reason }) })
        continue
      }
      const resolved = resolve(parsed.value, scenario, timeline, moduleIndex)
      deadlines.set(need.id, 'error' in resolved ? resolved : { hours: Math.round(resolved.hours * 100) / 100, text: need.deadline.trim() })
    }
  })
  return deadlines
}
