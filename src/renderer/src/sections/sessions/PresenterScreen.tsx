// The projector view: the current module and inject, the map read-only and the gap count, in
// large type, following the console (it reads the saved session every second). Nothing
// facilitator-only appears here: no notes, no expected actions, no evaluations. Its own words may be
// in another language than the console's (PresenterDisplay); the scenario's text keeps its own, marked by `lang`.
// What changes on the map is said to a screen reader, as the console's map says it, in the presenter's words.

// The map's stylesheet before MapCanvas brings React Flow's, which must come after it.
import './session-map.css'
import './presenter.css'
import { useEffect, useState } from 'react'
import { FormattedMessage } from 'react-intl'
import type { MessageKey } from '../../../../shared/i18n/catalog'
import type { Scenario } from '../../../../shared/scenario/schema'
import type { SessionDocument } from '../../../../shared/session/document'
import { fillVariables, type Participant, type SessionSummary } from '../../../../shared/session/model'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { MapCanvas } from './map/MapCanvas'
import { Legend } from './map/nodes'
import { useMapModel } from './map/use-map-model'
import { StoryTime } from '../../components/StoryTime'
import { nodeIdOf } from '../../../../shared/session/graph'
import { useReasonWords } from './map/use-reason-words'
import { useMapAnnouncements } from './map/use-map-announcements'
import { PresenterGaps } from './PresenterGaps'
import { PresenterDisplay } from '../../components/PresenterDisplay'

interface Loaded {
  session: SessionSummary
  scenario: Scenario
  variables: Record<string, string>
  participants: Participant[]
}

export function PresenterScreen({ sessionId }: { sessionId: string }) {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded | undefined>()
  const [document, setDocument] = useState<SessionDocument | undefined>()
  const [error, setError] = useState<string | undefined>()

  useEffect(() => {
    call('sessions.presenterView', { id: sessionId }).then(setLoaded, (e: unknown) => setError(errorMessage(e)))
  }, [sessionId])
  useEffect(() => {
    let live = true
    let revision = -1
    const poll = () => {
      call('sessions.state', { id: sessionId }).then(
        (state) => {
          if (live && state.revision !== revision) {
            revision = state.revision
            setDocument(state.document)
          }
        },
        () => undefined,
      )
    }
    poll()
    const timer = setInterval(poll, 1000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [sessionId])

  if (error) return <main className="presenter"><p role="alert">{error}</p></main>
  if (!loaded || !document) return <main className="presenter"><p role="status">{t('presenter.connecting')}</p></main>
  return <PresenterView loaded={loaded} document={document} />
}

function PresenterView({ loaded, document }: { loaded: Loaded; document: SessionDocument }) {
  const t = useT()
  const { scenario, variables, participants, session } = loaded
  const fill = (text: string) => fillVariables(text, variables)
  const map = useMapModel({ scenario, variables, participants, document, areaNumber: session.areaNumber })
  const { nodes, edges, assessments, labelOf, services, resourceIds } = map
  const said = useMapAnnouncements(map)
  const words = useReasonWords((id) => services.get(id)?.name ?? '')
  const module = scenario.modules.find((m) => m.id === document.currentModuleId) ?? scenario.modules[0]!
  const lastRevealed = [...document.revealed].reverse().find((r) => r.moduleId === module.id)
  const inject = lastRevealed ? module.injects.find((i) => i.id === lastRevealed.injectId) : undefined
  const written = scenario.overview.language
  return (
    <main className="presenter" aria-label={t('presenter.view')}>
      <header className="presenter-header">
        <PresenterDisplay />
        <p className="presenter-title">{session.title}</p>
        <h1 lang={written}>{fill(module.title)}</h1>
        {(inject?.storyTime ?? module.storyTime) && (
          <p className="presenter-story-time">
            <StoryTime value={inject?.storyTime ?? module.storyTime} />
          </p>
        )}
      </header>
      <div className="presenter-grid">
        <section className="presenter-inject" aria-label={t('presenter.currentInject')}>
          {inject ? (
            <>
              <h2 lang={written}>{fill(inject.title)}</h2>
              {inject.from && (
                <p className="presenter-from">
                  <FormattedMessage id={'presenter.from' satisfies MessageKey} values={{ from: <span lang={written}>{fill(inject.from)}</span> }} />
                </p>
              )}
              <p className="presenter-text" lang={written}>
                {fill(inject.text)}
              </p>
            </>
          ) : (
            <p className="presenter-text presenter-narrative" lang={written}>
              {fill(module.narrative)}
            </p>
          )}
          <PresenterGaps
            written={written}
            assessments={assessments} labelOf={(needId) => labelOf(nodeIdOf('need', needId))} words={words} ready={resourceIds.every((id) => services.has(id))} />
        </section>
        <div className="presenter-map-column">
          <div className="presenter-map" aria-label={t('presenter.map')}>
            <MapCanvas label={t('presenter.map')} nodes={nodes} edges={edges} readOnly fitMaxZoom={1.6} nameSize={17} legendOpen="outside" />
          </div>
          <Legend open />
        </div>
      </div>
      {/* In the page from the start, so screen readers listen to it before the first change. */}
      <p className="visually-hidden" role="status" aria-label={t('map.says.region')}>
        {said}
      </p>
    </main>
  )
}
