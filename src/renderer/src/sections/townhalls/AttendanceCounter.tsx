// How many came: a number the door keeper's count can be typed into, or nudged by one.
import { Minus, Plus } from 'lucide-react'
import { setAttendance } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import { useT } from '../../i18n/use-t'
import type { PerformTownHall } from './use-town-hall-document'

export function AttendanceCounter({ document, perform, readOnly, expected }: { document: TownHallDocument; perform: PerformTownHall; readOnly: boolean; expected: number | null }) {
  const t = useT()
  const set = (count: number) => perform(setAttendance, { count })
  return (
    <div className="th-attendance" role="group" aria-label={t('townHall.attendance.label')}>
      <button type="button" className="icon-button" disabled={readOnly || document.attendance === 0} onClick={() => set(document.attendance - 1)} aria-label={t('townHall.attendance.less')}>
        <Minus aria-hidden="true" />
      </button>
      <label>
        <span className="visually-hidden">{t('townHall.attendance.label')}</span>
        <input type="number" min={0} inputMode="numeric" value={document.attendance} disabled={readOnly} onChange={(e) => set(Number(e.target.value) || 0)} />
      </label>
      <button type="button" className="icon-button" disabled={readOnly} onClick={() => set(document.attendance + 1)} aria-label={t('townHall.attendance.more')}>
        <Plus aria-hidden="true" />
      </button>
      <span className="muted">{expected === null ? t('townHall.attendance.came') : t('townHall.attendance.ofExpected', { expected })}</span>
    </div>
  )
}
