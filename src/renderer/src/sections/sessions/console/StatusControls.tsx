// Pause, Resume, Finish (after a summary) and Reopen: the session's status from the console.
import { Pause, Play, RotateCcw, Square, type LucideIcon } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import type { SessionSummary } from '../../../../../shared/session/model'
import type { FinishSummary } from '../../../../../shared/session/finish-summary'
import { call, errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import { FinishDialog } from './FinishDialog'

type Status = SessionSummary['status']

/** The moves a button makes at once (Finish asks first, below). */
const MOVES: readonly { from: Status; to: Status; icon: LucideIcon; label: 'session.resume' | 'session.pause' | 'session.reopen'; primary?: boolean }[] = [
  { from: 'paused', to: 'running', icon: Play, label: 'session.resume', primary: true },
  { from: 'running', to: 'paused', icon: Pause, label: 'session.pause' },
  { from: 'finished', to: 'paused', icon: RotateCcw, label: 'session.reopen', primary: true },
]

interface Props {
  sessionId: string
  status: Status
  summary: () => FinishSummary
  objectiveText: (id: string) => string
  onChanged: () => void
  say: (text: string) => void
}

export function StatusControls({ sessionId, status, summary, objectiveText, onChanged, say }: Props) {
  const t = useT()
  const [finishing, setFinishing] = useState<FinishSummary | undefined>()
  const row = useRef<HTMLDivElement>(null)
  const shown = useRef(status)
  // The button just pressed goes away with the status it changed (Finish becomes Reopen, Pause
  // becomes Resume): a keyboard user's focus moves to the button that took its place, not to the page.
  useEffect(() => {
    if (shown.current === status) return
    shown.current = status
    const focused = document.activeElement
    if (focused === null || focused === document.body || row.current?.contains(focused)) row.current?.querySelector('button')?.focus()
  }, [status])
  const move = (to: Status) =>
    call('sessions.setStatus', { id: sessionId, status: to }).then(
      () => {
        say(t('session.statusChanged', { status: to }))
        onChanged()
      },
      (error: unknown) => say(errorMessage(error)),
    )
  return (
    <div className="button-row status-controls" ref={row}>
      {MOVES.filter((m) => m.from === status).map(({ to, icon: Icon, label, primary }) => (
        <button key={label} type="button" className={`button small${primary ? ' primary' : ''}`} onClick={() => void move(to)}>
          <Icon aria-hidden="true" /> {t(label)}
        </button>
      ))}
      {(status === 'running' || status === 'paused') && (
        <button type="button" className="button small" onClick={() => setFinishing(summary())}>
          <Square aria-hidden="true" /> {t('session.finish')}
        </button>
      )}
      {finishing && (
        <FinishDialog
          summary={finishing}
          objectiveText={objectiveText}
          onCancel={() => setFinishing(undefined)}
          onFinish={() => {
            setFinishing(undefined)
            void move('finished')
          }}
        />
      )}
    </div>
  )
}
