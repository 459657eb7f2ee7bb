// Exercise sessions: plan one from a scenario, sign people in, start, pause, resume, finish.

// The console's stylesheet, then the map's, before the map's components bring React Flow's.
import './sessions.css'
import './session-map.css'
import { CalendarPlus } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { SESSION_STATUSES, type SessionSummary } from '../../../../shared/session/model'
import { call, errorMessage } from '../../api/client'
import { useDayWords } from '../../i18n/use-day-words'
import { useT } from '../../i18n/use-t'
import { useAreaNames } from '../../api/use-community-areas'
import { SelectField } from '../../components/SelectField'
import { Toast, type ToastMessage } from '../../components/Toast'
import { useHashDetail } from '../../use-hash-detail'
import { NewSessionDialog } from './NewSessionDialog'
import { SessionPage } from './SessionPage'
import { ReportScreen } from './report/ReportScreen'
import { SessionFileImport } from './SessionFileImport'
import { StatusCell } from '../../components/StatusCell'
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
  const day = useDayWords()
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
          <h1 id="sessions-title">{t('sessions.title')}</h1>
          <p className="lede">{t('sessions.lede')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <CalendarPlus aria-hidden="true" /> {t('newSession.title')}
          </button>
          <SessionFileImport onOpened={onOpen} say={say} />
        </div>
      </header>
      <div className="filters" role="search" aria-label={t('sessions.filters')}>
        <SelectField filter label={t('sessions.status')} placeholder={t('sessions.anyStatus')} value={status} options={SESSION_STATUSES.map((s) => [s, t('session.status', { status: s })] as const)} onChange={setStatus} />
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
      {sessions && sessions.length === 0 && <p className="empty">{t('sessions.empty')}</p>}
      {sessions && sessions.length > 0 && (
        <table className="data-table">
          <TableHead columns={[t('sessions.col.session'), t('sessions.col.date'), t('sessions.col.area'), t('sessions.col.facilitator'), t('sessions.col.signedIn'), t('sessions.col.status')]} />
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(session.id)}>
                    {session.title}
                  </button>
                  {session.id === exampleId && <span className="tag example-tag">{t('sessions.exampleTag')}</span>}
                </th>
                <td className="date-cell">{day(session.date)}</td>
                <td>{areaNames.get(session.areaNumber) ?? session.areaNumber}</td>
                <td>{session.facilitator || '—'}</td>
                <td>{session.participantCount}</td>
                <StatusCell
                  status={session.status}
                  label={t('session.status', { status: session.status })}
                  resume={session.status === 'paused' || session.status === 'running' ? { text: t('sessions.resume'), name: t('sessions.resumeTitle', { title: session.title }), onResume: () => onOpen(session.id) } : undefined}
                />
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
            say(t('sessions.planned', { title: session.title }))
            onOpen(session.id)
          }}
        />
      )}
    </section>
  )
}
