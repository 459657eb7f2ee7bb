// The console's top bar: back to the sessions, what is running, the clock, Undo and Redo, the
// presenter view, the session's status, and whether everything is saved.
import './console-bar.css'
import { ArrowLeft, FileText, MonitorPlay } from 'lucide-react'
import type { ReactNode } from 'react'
import type { SessionSummary } from '../../../../../shared/session/model'
import { useAreaNames } from '../../../api/use-community-areas'
import { useT } from '../../../i18n/use-t'
import { sessionFacts } from '../session-facts'
import { SessionTitle } from './SessionTitle'
import { useDayWords } from '../../../i18n/use-day-words'

interface Props {
  session: SessionSummary
  onBack: () => void
  clock: ReactNode
  history: ReactNode
  status: ReactNode
  saveState: { text: string; problem: boolean }
}

export function ConsoleBar({ session, onBack, clock, history, status, saveState }: Props) {
  const t = useT()
  const areaName = useAreaNames()
  const day = useDayWords()
  return (
    <header className="console-bar">
      <button type="button" className="icon-button back-button" onClick={onBack} aria-label={t('session.allSessions')} title={t('session.allSessions')}>
        <ArrowLeft aria-hidden="true" />
      </button>
      <div className="console-title">
        <div className="console-title-row">
          <SessionTitle title={session.title} />
          <p className="eyebrow">
            <strong className={`status status-${session.status}`}>{t('session.status', { status: session.status })}</strong> {sessionFacts(session, areaName.get(session.areaNumber), t, day)}
          </p>
        </div>
      </div>
      {/* One group, so the controls stay together: beside the title where there is room, else on their own row under it. */}
      <div className="console-controls">
        {clock}
        {history}
        <a className="button small" href={`#/present/${session.id}`} target="_blank" rel="noopener" aria-label={t('console.presenterView')} title={t('console.presenterView')}>
          <MonitorPlay aria-hidden="true" /> {t('console.presenter')}
        </a>
        <a className="button small" href={`#/sessions/${session.id}/report`}>
          <FileText aria-hidden="true" /> {t('console.report')}
        </a>
        {status}
        <p className={`save-state${saveState.problem ? ' error' : ''}`} role="status" aria-live="polite">
          {saveState.text}
        </p>
      </div>
    </header>
  )
}
