// One session: planned, it shows its scenario, place and sign-in sheet, ready to start; once
// started, the facilitator's console takes the whole window.
import { ArrowLeft, Play } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import { call, errorMessage } from '../../api/client'
import { useAreaNames } from '../../api/use-community-areas'
import { useT } from '../../i18n/use-t'
import { SessionConsole } from './console/SessionConsole'
import { sessionFacts, type LoadedSession } from './session-facts'
import { SignInSheet } from './SignInSheet'
import { useDayWords } from '../../i18n/use-day-words'

export function SessionPage({ id, onBack, say }: { id: string; onBack: () => void; say: (text: string) => void }) {
  const t = useT()
  const [loaded, setLoaded] = useState<LoadedSession | { error: string } | undefined>()
  const load = useCallback(() => {
    call('sessions.get', { id }).then(setLoaded, (error: unknown) => setLoaded({ error: errorMessage(error) }))
  }, [id])
  useEffect(load, [load])

  const back = (
    <button type="button" className="button quiet back-button" onClick={onBack}>
      <ArrowLeft aria-hidden="true" /> {t('session.allSessions')}
    </button>
  )
  if (!loaded) return <section className="screen">{back}<p role="status">{t('common.loading')}</p></section>
  if ('error' in loaded) return <section className="screen">{back}<p className="inline-error" role="alert">{loaded.error}</p></section>
  if (loaded.session.status !== 'planned') return <SessionConsole key={id} loaded={loaded} onBack={onBack} onChanged={load} say={say} />
  return <PlannedSession loaded={loaded} back={back} onChanged={load} say={say} />
}

function PlannedSession({ loaded, back, onChanged, say }: { loaded: LoadedSession; back: React.ReactNode; onChanged: () => void; say: (text: string) => void }) {
  const t = useT()
  const areaName = useAreaNames()
  const day = useDayWords()
  const { session, participants } = loaded
  const start = () =>
    call('sessions.setStatus', { id: session.id, status: 'running' }).then(
      () => onChanged(),
      (error: unknown) => say(errorMessage(error)),
    )
  return (
    <section className="screen" aria-labelledby="session-title">
      {back}
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">{sessionFacts(session, areaName.get(session.areaNumber), t, day)}</p>
          <h1 id="session-title">{session.title}</h1>
          <p className="lede">
            {t('session.statusLine')} <strong className="status status-planned">{t('session.status', { status: 'planned' })}</strong>
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => void start()}>
            <Play aria-hidden="true" /> {t('session.start')}
          </button>
        </div>
      </header>
      <SignInSheet sessionId={session.id} participants={participants} onChanged={onChanged} say={say} />
    </section>
  )
}
