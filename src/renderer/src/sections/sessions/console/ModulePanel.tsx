// The module the room is on: its narrative, the injects revealed so far (with the facilitator's
// notes), the next one to reveal, reveal-on-time, and the discussion questions.
import { ChevronLeft, ChevronRight, Eye } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { FormattedMessage } from 'react-intl'
import type { MessageKey } from '../../../../../shared/i18n/catalog'
import type { Scenario } from '../../../../../shared/scenario/schema'
import { goToModule, revealInject, setRevealOnTime } from '../../../../../shared/session/actions'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'
import type { Perform } from '../use-session-document'
import { RevealOnTime } from './RevealOnTime'
import { StoryTime } from '../../../components/StoryTime'

interface Props {
  scenario: Scenario
  document: SessionDocument
  moduleIndex: number
  fill: (text: string) => string
  perform: Perform
  readOnly: boolean
}

export function ModulePanel({ scenario, document, moduleIndex, fill, perform, readOnly }: Props) {
  const t = useT()
  const module = scenario.modules[moduleIndex]!
  // The scenario's words in its own language (a Spanish console may run an English scenario).
  const lang = scenario.overview.language
  const revealedHere = document.revealed.filter((r) => r.moduleId === module.id)
  const nextInject = module.injects.find((inject) => !revealedHere.some((r) => r.injectId === inject.id))
  // The inject just revealed is what the room is talking about: keep it in view.
  const injectList = useRef<HTMLOListElement>(null)
  useEffect(() => {
    injectList.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' })
  }, [revealedHere.length, module.id])
  // Revealing the last inject removes its button: the focus goes to the note that takes its place
  // rather than to nowhere, so a keyboard goes on from here.
  const revealedFromButton = useRef(false)
  const allRevealedNote = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (nextInject || !revealedFromButton.current) return
    revealedFromButton.current = false
    allRevealedNote.current?.focus()
  }, [nextInject])
  const goTo = (index: number) => {
    const target = scenario.modules[index]
    if (target) perform(goToModule, { moduleId: target.id, title: fill(target.title) })
  }

  return (
    <section className="console-module" aria-labelledby="module-title" tabIndex={0}>
      <div className="module-nav">
        <button type="button" className="icon-button" aria-label={t('console.module.previous')} disabled={readOnly || moduleIndex === 0} onClick={() => goTo(moduleIndex - 1)}>
          <ChevronLeft aria-hidden="true" />
        </button>
        <h3 id="module-title" lang={lang}>{fill(module.title)}</h3>
        <button type="button" className="icon-button" aria-label={t('console.module.next')} disabled={readOnly || moduleIndex === scenario.modules.length - 1} onClick={() => goTo(moduleIndex + 1)}>
          <ChevronRight aria-hidden="true" />
        </button>
      </div>
      {(module.timing || module.storyTime) && (
        <p className="eyebrow">
          <StoryTime value={module.storyTime} /> {module.timing && <span lang={lang}>{fill(module.timing)}</span>}
        </p>
      )}
      <p className="narrative" lang={lang}>{fill(module.narrative)}</p>
      <h4>{t('console.injects.heading', { revealed: revealedHere.length, total: module.injects.length })}</h4>
      <ol className="revealed-injects" ref={injectList}>
        {revealedHere.map((revealed) => {
          const inject = module.injects.find((i) => i.id === revealed.injectId)
          if (!inject) return null
          return (
            <li key={revealed.injectId} className="inject">
              <p className="inject-head">
                <StoryTime value={inject.storyTime} /> <strong lang={lang}>{fill(inject.title)}</strong>
                {inject.from && (
                  <span className="muted">
                    {' '}
                    <FormattedMessage id={'console.injects.from' satisfies MessageKey} values={{ from: <span lang={lang}>{fill(inject.from)}</span> }} />
                  </span>
                )}
              </p>
              <p lang={lang}>{fill(inject.text)}</p>
              {inject.facilitatorNotes && (
                <aside className="facilitator-note" aria-label={t('console.facilitatorOnly')}>
                  <p className="label">{t('console.facilitatorOnly')}</p>
                  <p lang={lang}>{fill(inject.facilitatorNotes)}</p>
                </aside>
              )}
            </li>
          )
        })}
      </ol>
      {nextInject ? (
        <button
          type="button"
          className="button primary"
          disabled={readOnly}
          onClick={(event) => {
            revealedFromButton.current = event.currentTarget.matches(':focus')
            perform(revealInject, { moduleId: module.id, injectId: nextInject.id, title: fill(nextInject.title) })
          }}
        >
          <Eye aria-hidden="true" /> {t('console.injects.revealNext', { title: fill(nextInject.title) })}
        </button>
      ) : (
        module.injects.length > 0 && (
          <p className="muted" ref={allRevealedNote} tabIndex={-1}>
            {t('console.injects.allRevealed')}
          </p>
        )
      )}
      {!readOnly && module.injects.some((i) => i.offsetMinutes !== undefined) && (
        <RevealOnTime module={module} document={document} fill={fill} onToggle={(on) => perform(setRevealOnTime, { on })} />
      )}
      {module.questions.length > 0 && (
        <>
          <h4>{t('console.questions')}</h4>
          <ul className="questions">
            {module.questions.map((q, index) => (
              <li key={index}>
                {q.discipline && <span className="muted">{t('console.questions.discipline', { discipline: fill(q.discipline) })} </span>}
                <span lang={lang}>{fill(q.text)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
