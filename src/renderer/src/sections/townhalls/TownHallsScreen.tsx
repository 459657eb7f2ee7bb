// Town halls: plan one, run it (capture, triage, answers, resources), finish it, report it.
import './townhalls.css'
import './townhall-side.css'
import { CalendarPlus } from 'lucide-react'
import { useCallback, useEffect, useState } from 'react'
import type { TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage } from '../../api/client'
import { useAreaNames } from '../../api/use-community-areas'
import { StatusCell } from '../../components/StatusCell'
import { TableHead } from '../../components/TableHead'
import { Toast, type ToastMessage } from '../../components/Toast'
import { useT } from '../../i18n/use-t'
import { useHashDetail } from '../../use-hash-detail'
import { TownHallForm } from './TownHallForm'
import { TownHallPage } from './TownHallPage'
import { useDayWords } from '../../i18n/use-day-words'
import { ExampleTownHallNote } from './report/ExampleTownHallNote'
import { TownHallFileImport } from './report/TownHallFileImport'
import { TownHallReportScreen } from './report/TownHallReportScreen'

export function TownHallsScreen() {
  const [detail, open, mode] = useHashDetail('town-halls')
  const [toast, setToast] = useState<ToastMessage | undefined>()
  const clearToast = useCallback(() => setToast(undefined), [])
  const say = useCallback((text: string) => setToast({ id: Date.now(), text }), [])
  return (
    <>
      {detail && mode === 'report' ? (
        <TownHallReportScreen townHallId={detail} />
      ) : detail ? (
        <TownHallPage key={detail} id={detail} onBack={() => open(undefined)} onReport={() => open(detail, 'report')} say={say} />
      ) : (
        <TownHallList onOpen={open} say={say} />
      )}
      <Toast message={toast} onDone={clearToast} />
    </>
  )
}

function TownHallList({ onOpen, say }: { onOpen: (id: string) => void; say: (text: string) => void }) {
  const t = useT()
  const areaNames = useAreaNames()
  const day = useDayWords()
  const [townHalls, setTownHalls] = useState<TownHall[] | undefined>()
  const [creating, setCreating] = useState(false)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    call('townHalls.list', {}).then(
      (list) => live && setTownHalls(list),
      (error: unknown) => say(errorMessage(error)),
    )
    return () => {
      live = false
    }
  }, [say, version])

  return (
    <section className="screen" aria-labelledby="town-halls-title">
      <header className="screen-header with-actions">
        <div>
          <h1 id="town-halls-title">{t('townHalls.title')}</h1>
          <p className="lede">{t('townHalls.lede')}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <CalendarPlus aria-hidden="true" /> {t('townHall.form.newTitle')}
          </button>
          <TownHallFileImport onOpened={onOpen} say={say} />
        </div>
      </header>
      <p className="result-count" role="status" aria-live="polite">
        {townHalls ? t('townHalls.count', { count: townHalls.length }) : t('common.loading')}
      </p>
      <ExampleTownHallNote onRemoved={() => setVersion((n) => n + 1)} say={say} />
      {townHalls && townHalls.length === 0 && <p className="empty">{t('townHalls.empty')}</p>}
      {townHalls && townHalls.length > 0 && (
        <table className="data-table">
          <TableHead columns={[t('townHalls.col.townHall'), t('townHalls.col.date'), t('townHalls.col.areas'), t('townHalls.col.place'), t('townHalls.col.status')]} />
          <tbody>
            {townHalls.map((townHall) => (
              <tr key={townHall.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(townHall.id)}>
                    {townHall.title}
                  </button>
                </th>
                <td className="date-cell">{day(townHall.date)}</td>
                <td>{townHall.areaNumbers.map((n) => areaNames.get(n) ?? n).join(', ')}</td>
                <td>{townHall.place || '—'}</td>
                <StatusCell
                  status={townHall.status}
                  label={t('townHall.status', { status: townHall.status })}
                  resume={townHall.status === 'running' ? { text: t('townHalls.resume'), name: t('townHalls.resumeTitle', { title: townHall.title }), onResume: () => onOpen(townHall.id) } : undefined}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && (
        <TownHallForm
          onClose={() => setCreating(false)}
          onSaved={(townHall) => {
            setCreating(false)
            say(t('townHalls.planned', { title: townHall.title }))
            onOpen(townHall.id)
          }}
        />
      )}
    </section>
  )
}
