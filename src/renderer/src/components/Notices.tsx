// Messages the main side has for the facilitator this launch (a data file moved aside, a backup).
import { Info, TriangleAlert, X } from 'lucide-react'
import { useState } from 'react'
import type { Notice } from '../../../shared/contract'
import { useT } from '../i18n/use-t'

export function Notices({ notices }: { notices: readonly Notice[] }) {
  const t = useT()
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const visible = notices.filter((notice) => !dismissed.has(notice.id))
  if (visible.length === 0) return null
  return (
    <div className="notices">
      {visible.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role={notice.level === 'warning' ? 'alert' : 'status'}>
          {notice.level === 'warning' ? <TriangleAlert aria-hidden="true" /> : <Info aria-hidden="true" />}
          <p>{t(notice.reason, notice.values)}</p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('shell.dismissMessage')}
            onClick={() => setDismissed((previous) => new Set(previous).add(notice.id))}
          >
            <X aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  )
}
