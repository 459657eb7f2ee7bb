// "Reveal injects on time": the switch, the next inject due and when; and the hook that reveals
// each inject by itself once its offset has passed on the running session clock.
import { useEffect, useId } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { revealDueInjects } from '../../../../../shared/session/actions'
import { dueInjects, nextTimedInject } from '../../../../../shared/session/auto-reveal'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'
import { appNowMs } from '../../../lib/clock'
import type { Perform } from '../use-session-document'
import { useNowWhile } from './use-now-while'

/** While "reveal on time" is on and the clock runs, reveals each inject whose offset has come. */
export function useRevealOnTime(document: SessionDocument | undefined, scenario: Scenario, fill: (text: string) => string, perform: Perform): void {
  useEffect(() => {
    if (!document?.autoReveal || !document.clock.running) return
    const module = scenario.modules.find((m) => m.id === document.currentModuleId) ?? scenario.modules[0]!
    const check = () => {
      const due = dueInjects(module, document, appNowMs())
      if (due.length > 0) perform(revealDueInjects, { moduleId: module.id, injects: due.map((i) => ({ id: i.id, title: fill(i.title) })) })
    }
    check()
    const timer = setInterval(check, 1000)
    return () => clearInterval(timer)
  }, [document, scenario, fill, perform])
}

export function RevealOnTime({
  module,
  document,
  fill,
  onToggle,
}: {
  module: Scenario['modules'][number]
  document: SessionDocument
  fill: (text: string) => string
  onToggle: (on: boolean) => void
}) {
  const t = useT()
  const now = useNowWhile(document.clock.running)
  const next = nextTimedInject(module, document, now)
  const id = useId()
  return (
    <div className="reveal-on-time">
      <label htmlFor={id} className="inline-check">
        <input id={id} type="checkbox" checked={document.autoReveal ?? false} onChange={(e) => onToggle(e.target.checked)} /> {t('console.revealOnTime.switch')}
      </label>
      {next && (
        <p className="hint" role="status">
          {t('console.revealOnTime.next', {
            title: fill(next.inject.title),
            offset: next.inject.offsetMinutes ?? 0,
            wait: formatDuration(next.inMs, t),
            clock: document.clock.running ? 'running' : 'paused',
            on: document.autoReveal ? 'yes' : 'no',
          })}
        </p>
      )}
    </div>
  )
}

function formatDuration(ms: number, t: ReturnType<typeof useT>): string {
  const totalSeconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  return minutes >= 1 ? t('console.duration.minutes', { minutes, seconds: totalSeconds % 60 }) : t('console.duration.seconds', { seconds: totalSeconds })
}
