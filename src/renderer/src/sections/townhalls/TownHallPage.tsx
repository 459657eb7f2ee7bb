// One town hall: planned, its details and panel, ready to start; once started (or finished), the
// workspace where the room is captured and triaged takes the window.
import { ArrowLeft, Pencil, Play } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import type { TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'
import { PanelEditor } from './PanelEditor'
import { useTownHallFacts } from './town-hall-facts'
import { TownHallDetailsEditor } from './TownHallForm'
import { useTownHallDocument } from './use-town-hall-document'
import { Workspace } from './Workspace'

export interface PageProps {
  id: string
  onBack: () => void
  onReport: () => void
  say: (text: string) => void
}

export function TownHallPage({ id, onBack, onReport, say }: PageProps) {
  const t = useT()
  const [townHall, setTownHall] = useState<TownHall | { error: string } | undefined>()
  const load = useCallback(() => {
    call('townHalls.get', { id }).then(setTownHall, (error: unknown) => setTownHall({ error: errorMessage(error) }))
  }, [id])
  useEffect(load, [load])
  const document = useTownHallDocument(id)

  const back = (
    <button type="button" className="button quiet back-button" onClick={onBack}>
      <ArrowLeft aria-hidden="true" /> {t('townHall.all')}
    </button>
  )
  if (!townHall) return <section className="screen">{back}<p role="status">{t('common.loading')}</p></section>
  if ('error' in townHall) return <section className="screen">{back}<p className="inline-error" role="alert">{townHall.error}</p></section>
  if (townHall.status === 'planned') return <PlannedTownHall townHall={townHall} back={back} onChanged={setTownHall} document={document} say={say} />
  return <Workspace townHall={townHall} document={document} onBack={onBack} onReport={onReport} onChanged={setTownHall} say={say} />
}

function PlannedTownHall({ townHall, back, onChanged, document, say }: { townHall: TownHall; back: React.ReactNode; onChanged: (townHall: TownHall) => void; document: ReturnType<typeof useTownHallDocument>; say: (text: string) => void }) {
  const t = useT()
  const [editing, setEditing] = useState(false)
  const facts = useTownHallFacts(townHall)
  const start = () => call('townHalls.setStatus', { id: townHall.id, status: 'running' }).then(onChanged, (error: unknown) => say(errorMessage(error)))
  return (
    <section className="screen" aria-labelledby="town-hall-title">
      {back}
      <header className="screen-header with-actions">
        <div>
          <p className="eyebrow">{facts}</p>
          <h1 id="town-hall-title">{townHall.title}</h1>
          {townHall.topics && <p className="lede th-topics">{townHall.topics}</p>}
          <p className="lede">
            {t('townHall.statusLine')} <strong className="status status-planned">{t('townHall.status', { status: 'planned' })}</strong>
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" /> {t('townHall.editDetails')}
          </button>
          <button type="button" className="button primary" onClick={() => void start()}>
            <Play aria-hidden="true" /> {t('townHall.start')}
          </button>
        </div>
      </header>
      {document.document && <PanelEditor panel={document.document.panel} perform={document.perform} readOnly={false} />}
      {editing && (
        <TownHallDetailsEditor townHall={townHall} onClose={() => setEditing(false)} onChanged={onChanged} />
      )}
    </section>
  )
}
