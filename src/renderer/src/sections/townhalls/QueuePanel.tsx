// The panel's question queue: the question on the projector now, then what is answered next —
// reordered with Alt+↑/↓ on a question, put on screen, answered or taken out.
import { ArrowDown, ArrowUp, MonitorPlay, X } from 'lucide-react'
import { moveInQueue, setAnswering, unqueueItem } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import { useT } from '../../i18n/use-t'
import type { PerformTownHall } from './use-town-hall-document'

export function QueuePanel({ document, perform, readOnly, onAnswer }: { document: TownHallDocument; perform: PerformTownHall; readOnly: boolean; onAnswer: (id: string) => void }) {
  const t = useT()
  // Only the queued questions are looked up: the room may have said thousands of things.
  const wanted = new Set([...document.queue, ...(document.answering ? [document.answering] : [])])
  const byId = new Map(document.items.filter((item) => wanted.has(item.id)).map((item) => [item.id, item]))
  const answering = document.answering ? byId.get(document.answering) : undefined
  return (
    <div className="th-queue">
      <section aria-labelledby="th-now-title" className="th-now">
        <h2 id="th-now-title">{t('townHall.queue.now')}</h2>
        {answering ? (
          <>
            <p className="th-now-text">{answering.text}</p>
            {!readOnly && (
              <div className="button-row">
                <button type="button" className="button small primary" onClick={() => onAnswer(answering.id)}>
                  {t('townHall.list.answer')}
                </button>
                <button type="button" className="button small quiet" onClick={() => perform(setAnswering, { id: undefined })}>
                  {t('townHall.queue.offScreen')}
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="muted">{t('townHall.queue.nothingNow')}</p>
        )}
      </section>
      <h2>{t('townHall.queue.next', { count: document.queue.length })}</h2>
      {document.queue.length === 0 && <p className="empty">{t('townHall.queue.empty')}</p>}
      <ol className="th-queue-list">
        {document.queue.map((id, index) => {
          const item = byId.get(id)
          if (!item) return null
          return (
            <li key={id}>
              <span
                className="th-queue-text"
                tabIndex={0}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onKeyDown={(event) => {
                  if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
                  event.preventDefault()
                  const target = event.currentTarget
                  perform(moveInQueue, { id, by: event.key === 'ArrowUp' ? -1 : 1 })
                  requestAnimationFrame(() => target.isConnected && target.focus())
                }}
              >
                {item.text}
              </span>
              {!readOnly && (
                <span className="button-row">
                  <button type="button" className="icon-button" disabled={index === 0} onClick={() => perform(moveInQueue, { id, by: -1 })} aria-label={t('townHall.queue.up')}>
                    <ArrowUp aria-hidden="true" />
                  </button>
                  <button type="button" className="icon-button" disabled={index === document.queue.length - 1} onClick={() => perform(moveInQueue, { id, by: 1 })} aria-label={t('townHall.queue.down')}>
                    <ArrowDown aria-hidden="true" />
                  </button>
                  <button type="button" className="icon-button" onClick={() => perform(setAnswering, { id })} aria-label={t('townHall.queue.onScreen')} title={t('townHall.queue.onScreen')}>
                    <MonitorPlay aria-hidden="true" />
                  </button>
                  <button type="button" className="button small" onClick={() => onAnswer(id)}>
                    {t('townHall.list.answer')}
                  </button>
                  <button type="button" className="icon-button" onClick={() => perform(unqueueItem, { id })} aria-label={t('townHall.queue.remove')}>
                    <X aria-hidden="true" />
                  </button>
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
