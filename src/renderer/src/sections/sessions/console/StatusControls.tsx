// Pause, Resume, Finish (after a summary) and Reopen: the session's status from the console.
import { Pause, Play, RotateCcw, Square } from 'lucide-react'
import { useState } from 'react'
import type { SessionSummary } from '../../../../../shared/session/model'
import type { FinishSummary } from '../../../../../shared/session/finish-summary'
import { call, errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import { FinishDialog } from './FinishDialog'

type Status = SessionSummary['status']

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
  const move = (to: Status) =>
    call('sessions.setStatus', { id: sessionId, status: to }).then(
      () => {
        say(t('session.statusChanged', { status: to }))
        onChanged()
      },
      (error: unknown) => say(errorMessage(error)),
    )
  return (
    <div className="button-row status-controls">
      {status === 'paused' && (
        <button type="button" className="button small primary" onClick={() => void move('running')}>
          <Play aria-hidden="true" /> {t('session.resume')}
        </button>
      )}
      {status === 'running' && (
        <button type="button" className="button small" onClick={() => void move('paused')}>
          <Pause aria-hidden="true" /> {t('session.pause')}
        </button>
      )}
      {(status === 'running' || status === 'paused') && (
        <button type="button" className="button small" onClick={() => setFinishing(summary())}>
          <Square aria-hidden="true" /> {t('session.finish')}
        </button>
      )}
      {status === 'finished' && (
        <button type="button" className="button small primary" onClick={() => void move('paused')}>
          <RotateCcw aria-hidden="true" /> {t('session.reopen')}
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
