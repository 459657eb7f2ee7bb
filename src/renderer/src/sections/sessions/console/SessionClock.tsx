// The session clock: hours, minutes and seconds run so far, and the button that starts or pauses it.
import { Pause, Play } from 'lucide-react'
import { clockElapsedMs } from '../../../../../shared/session/auto-reveal'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'
import { useNowWhile } from './use-now-while'

export function SessionClock({ clock, disabled, onToggle }: { clock: SessionDocument['clock']; disabled: boolean; onToggle: () => void }) {
  const t = useT()
  const now = useNowWhile(clock.running)
  const elapsed = clockElapsedMs(clock, now)
  const minutes = Math.floor(elapsed / 60000)
  const text = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${String(Math.floor((elapsed % 60000) / 1000)).padStart(2, '0')}`
  return (
    <div className="session-clock">
      <span className="clock-time" aria-label={t('console.clock.label', { time: text, running: clock.running ? 'yes' : 'no' })}>
        {text}
      </span>
      <button type="button" className="button small" disabled={disabled} onClick={onToggle}>
        {clock.running ? <Pause aria-hidden="true" /> : <Play aria-hidden="true" />} {t(clock.running ? 'console.clock.pause' : 'console.clock.start')}
      </button>
    </div>
  )
}
