// Injects on their time offsets: with "reveal on time" on, an inject whose offsetMinutes has
// passed on the session clock since its module started is revealed by itself. The clock pauses,
// so the offsets do too. Pure: the console asks once a second.
import type { ScenarioModule } from '../scenario/schema'
import type { SessionDocument } from './document'

/** Milliseconds on the session clock at `nowMs` (a paused clock stands still). */
export function clockElapsedMs(clock: SessionDocument['clock'], nowMs: number): number {
  const running = clock.running && clock.startedAt ? Math.max(0, nowMs - Date.parse(clock.startedAt)) : 0
  return clock.elapsedMs + running
}

/** Milliseconds since the module started, on the session clock (a module not entered yet is at 0). */
export function moduleElapsedMs(document: SessionDocument, moduleId: string, nowMs: number): number {
  const startedAt = document.moduleStarts?.[moduleId] ?? 0
  return Math.max(0, clockElapsedMs(document.clock, nowMs) - startedAt)
}

/** The injects of the module that are due and not yet revealed, in the module's order. */
export function dueInjects(module: ScenarioModule, document: SessionDocument, nowMs: number): ScenarioModule['injects'] {
  const revealed = new Set(document.revealed.filter((r) => r.moduleId === module.id).map((r) => r.injectId))
  const elapsed = moduleElapsedMs(document, module.id, nowMs)
  return module.injects.filter((inject) => inject.offsetMinutes !== undefined && !revealed.has(inject.id) && inject.offsetMinutes * 60_000 <= elapsed)
}

/** The next inject with an offset still to come, and in how many milliseconds of clock time. */
export function nextTimedInject(module: ScenarioModule, document: SessionDocument, nowMs: number): { inject: ScenarioModule['injects'][number]; inMs: number } | undefined {
  const revealed = new Set(document.revealed.filter((r) => r.moduleId === module.id).map((r) => r.injectId))
  const elapsed = moduleElapsedMs(document, module.id, nowMs)
  const upcoming = module.injects
    .filter((inject) => inject.offsetMinutes !== undefined && !revealed.has(inject.id))
    .sort((a, b) => a.offsetMinutes! - b.offsetMinutes!)[0]
  return upcoming ? { inject: upcoming, inMs: Math.max(0, upcoming.offsetMinutes! * 60_000 - elapsed) } : undefined
}
