// Exercise sessions: plan one from a scenario, sign people in, start, pause, resume, finish.

// The console's stylesheet, then the map's, before the map's components bring React Flow's.
import './sessions.css'
import './session-map.css'
import { CalendarPlus, Play } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import type { SessionSummary } from '../../../../shared/session/model'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { useAreaNames } from '../../api/use-community-areas'
import { SelectField } from '../../components/SelectField'
import { Toast, type ToastMessage } from '../../components/Toast'
import { useHashDetail } from '../../use-hash-detail'
import { NewSessionDialog } from './NewSessionDialog'
import { SessionPage } from './SessionPage'
import { ReportScreen } from './report/ReportScreen'
import { SessionFileImport } from './SessionFileImport'
import { STATUS_LABELS } from './labels'
import { TableHead } from '../../components/TableHead'

export function SessionsScreen() {
  const [detail, open, mode] = useHashDetail('sessions')
  const [toast, setToast] = useState<ToastMessage | undefined>()
  const clearToast = useCallback(() => setToast(undefined), [])
  const say = useCallback((text: string) => setToast({ id: Date.now(), text }), [])
  return (
    <>
      {detail && mode === 'report' ? (
        <ReportScreen sessionId={detail} onBack={() => open(detail)} say={say} />
      ) : detail ? (
        <SessionPage id={detail} onBack={() => open(undefined)} say={say} />
      ) : (
        <SessionList onOpen={open} say={say} />
      )}
      <Toast message={toast} onDone={clearToast} />
    </>
  )
}

function SessionList({ onOpen, say }: { onOpen: (id: string) => void; say: (text: string) => void }) {
  const t = useT()
  const areaNames = useAreaNames()
  const [status, setStatus] = useState('')
  const [sessions, setSessions] = useState<SessionSummary[] | undefined>()
  const [creating, setCreating] = useState(false)
  const [exampleId, setExampleId] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    Promise.all([call('sessions.list', status ? { status: status as SessionSummary['status'] } : {}), call('sessions.example', {})]).then(
      ([list, example]) => {
        if (!live) return
        setSessions(list)
        setExampleId(example.id)
      },
      (error: unknown) => say(errorMessage(error)),
    )
    return () => {
      live = false
    }
  }, [status, say, version])

  const removeExample = () =>
    call('sessions.removeExample', {}).then(
      () => {
        say(t('sessions.exampleRemoved'))
        setVersion((n) => n + 1)
      },
      (error: unknown) => say(errorMessage(error)),
    )

  return (
    <section className="screen" aria-labelledby="sessions-title">
      <header className="screen-header with-actions">
        <div>
          <h1 id="sessions-title">Sessions</h1>
          <p className="lede">Each run of a scenario with a room: who came, and where the exercise stands.</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <CalendarPlus aria-hidden="true" /> New session
          </button>
          <SessionFileImport onOpened={onOpen} say={say} />
        </div>
      </header>
      <div className="filters" role="search" aria-label="Filter the sessions">
        <SelectField filter label="Status" placeholder="Any status" value={status} options={Object.entries(STATUS_LABELS)} onChange={setStatus} />
      </div>
      <p className="result-count" role="status" aria-live="polite">
        {sessions ? t('sessions.count', { count: sessions.length }) : t('common.loading')}
      </p>
      {exampleId && (
        <div className="notice notice-info example-note">
          <p>{t('sessions.exampleNote')}</p>
          <button type="button" className="button quiet" onClick={() => void removeExample()}>
            {t('sessions.removeExample')}
          </button>
        </div>
      )}
      {sessions && sessions.length === 0 && <p className="empty">No sessions yet. Plan one from a scenario with New session.</p>}
      {sessions && sessions.length > 0 && (
        <table className="data-table">
          <TableHead columns={['Session', 'Date', 'Area', 'Facilitator', 'Signed in', 'Status']} />
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(session.id)}>
                    {session.title}
                  </button>
                  {session.id === exampleId && <span className="tag example-tag">{t('sessions.exampleTag')}</span>}
                </th>
                <td>{session.date}</td>
                <td>{areaNames.get(session.areaNumber) ?? session.areaNumber}</td>
                <td>{session.facilitator || '—'}</td>
                <td>{session.participantCount}</td>
                <td>
                  <span className={`status status-${session.status}`}>{STATUS_LABELS[session.status]}</span>
                  {(session.status === 'paused' || session.status === 'running') && (
                    <button type="button" className="button quiet" onClick={() => onOpen(session.id)} aria-label={`Resume ${session.title}`}>
                      <Play aria-hidden="true" /> Resume
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <NewSessionDialog
          onClose={() => setCreating(false)}
          onCreated={(session) => {
            setCreating(false)
            say(`Planned ${session.title}.`)
            onOpen(session.id)
          }}
        />
      )}
    </section>
  )
}
