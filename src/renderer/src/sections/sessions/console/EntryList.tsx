// What was captured in this module (and the whole parking lot), newest first.
import { useMemo } from 'react'
import { useIntl } from 'react-intl'
import type { SessionDocument } from '../../../../../shared/session/document'
import { useT } from '../../../i18n/use-t'

export function EntryList({ document, moduleId }: { document: SessionDocument; moduleId: string }) {
  const t = useT()
  const intl = useIntl()
  const entries = useMemo(() => document.entries.filter((e) => e.moduleId === moduleId || e.kind === 'parking-lot').slice().reverse(), [document.entries, moduleId])
  if (entries.length === 0) return <p className="muted">{t('console.capture.nothingYet')}</p>
  return (
    <ul className="entries" aria-label={t('console.capture.list')}>
      {entries.map((entry) => (
        <li key={entry.id} className={`entry entry-${entry.kind}`}>
          <span className="entry-kind">{t('console.capture.kindName', { kind: entry.kind })}</span>
          <span className="entry-time">{intl.formatTime(entry.at, { hour: '2-digit', minute: '2-digit' })}</span>
          <span className="entry-text">{entry.text}</span>
        </li>
      ))}
    </ul>
  )
}
