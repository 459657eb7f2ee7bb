// The town hall on the projector, readable at the back of the room: the question the panel is
// answering, and the themes raised with their counts. Nothing facilitator-only: it reads the
// projector's view (townHalls.projector), which holds no hidden item, no name, no follow-up.
import './townhalls.css'
import './townhall-presenter.css'
import { useEffect, useState } from 'react'
import type { TownHall } from '../../../../shared/townhall/model'
import type { ProjectorView } from '../../../../shared/townhall/projector'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { themeName } from './theme-words'
import { PresenterDisplay } from '../../components/PresenterDisplay'

export function TownHallPresenter({ townHallId }: { townHallId: string }) {
  const t = useT()
  const [townHall, setTownHall] = useState<TownHall | undefined>()
  const [view, setView] = useState<ProjectorView | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    call('townHalls.get', { id: townHallId }).then(setTownHall, (e: unknown) => setError(errorMessage(e)))
  }, [townHallId])
  useEffect(() => {
    let live = true
    let revision = -1
    const poll = () =>
      call('townHalls.projector', { id: townHallId }).then(
        (next) => {
          if (live && next.revision !== revision) {
            revision = next.revision
            setView(next)
          }
        },
        () => undefined,
      )
    void poll()
    const timer = setInterval(() => void poll(), 1000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [townHallId])

  if (error) return <main className="th-presenter"><p role="alert">{error}</p></main>
  if (!townHall || !view) return <main className="th-presenter"><p role="status">{t('townHall.presenter.connecting')}</p></main>
  const { answering, themes: ranked, waiting: next } = view
  const max = Math.max(1, ...ranked.map((e) => e.count))
  return (
    <main className="th-presenter" aria-labelledby="th-presenter-title">
      <header className="th-presenter-head">
        <PresenterDisplay />
        <h1 id="th-presenter-title">{townHall.title}</h1>
        {view.attendance > 0 && <p>{t('townHall.presenter.attendance', { count: view.attendance })}</p>}
      </header>
      <section className="th-presenter-now" aria-labelledby="th-presenter-now">
        <h2 id="th-presenter-now">{t('townHall.presenter.answering')}</h2>
        {answering ? (
          <p className="th-presenter-question" lang={answering.language === 'other' ? undefined : answering.language}>
            {answering.text}
          </p>
        ) : (
          <p className="th-presenter-waiting">{t('townHall.presenter.waiting')}</p>
        )}
        {next > 0 && <p className="th-presenter-next">{t('townHall.presenter.next', { count: next, answering: answering ? 'yes' : 'no' })}</p>}
      </section>
      <section className="th-presenter-themes" aria-labelledby="th-presenter-themes">
        <h2 id="th-presenter-themes">{t('townHall.presenter.themes')}</h2>
        {ranked.length === 0 ? (
          <p className="th-presenter-waiting">{t('townHall.presenter.noThemes')}</p>
        ) : (
          <ol>
            {ranked.map((entry) => (
              <li key={entry.theme.id}>
                <span className="th-presenter-theme">{themeName(t, entry.theme)}</span>
                <span className="th-presenter-bar" aria-hidden="true">
                  <span style={{ width: `${(entry.count / max) * 100}%` }} />
                </span>
                <span className="th-presenter-count">{entry.count}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  )
}
