// "Purge contacts": the session's phone numbers and emails out of this laptop's data for good,
// after a plain warning; then the backups that still hold them, and when each goes.
import { ShieldOff } from 'lucide-react'
import { useState } from 'react'
import type { CallOutput } from '../../../../shared/contract'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/use-t'

interface Props {
  sessionId: string
  onPurged: () => void
}

export function PurgeContacts({ sessionId, onPurged }: Props) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<CallOutput<'sessions.purgeContacts'> | undefined>()
  const [error, setError] = useState('')

  const close = () => {
    setOpen(false)
    setResult(undefined)
    setError('')
  }

  async function purge(): Promise<void> {
    setBusy(true)
    try {
      setResult(await call('sessions.purgeContacts', { id: sessionId }))
      onPurged()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <ShieldOff aria-hidden="true" /> {t('purge.button')}
      </button>
      {open && (
        <Dialog
          title={t('purge.title')}
          onClose={close}
          initialFocus={result ? 'purge-close' : 'purge-cancel'}
          footer={
            result ? (
              <button id="purge-close" type="button" className="button primary" onClick={close}>
                {t('purge.close')}
              </button>
            ) : (
              <>
                <button id="purge-cancel" type="button" className="button" onClick={close}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="button danger" disabled={busy} onClick={() => void purge()}>
                  {t('purge.confirm')}
                </button>
              </>
            )
          }
        >
          {result ? (
            <div role="status">
              <p>{t('purge.done', { participants: result.participants, points: result.pointsOfContact })}</p>
              {result.backupsStillHolding.length === 0 ? (
                <p>{t('purge.noBackups')}</p>
              ) : (
                <>
                  <p>{t('purge.backupsHolding', { count: result.backupsStillHolding.length })}</p>
                  <ul>
                    {result.backupsStillHolding.map((backup) => (
                      <li key={backup.id}>
                        {backup.expires
                          ? t('purge.backupExpires', { at: Date.parse(backup.at), expires: Date.parse(backup.expires) })
                          : t('purge.backupKept', { at: Date.parse(backup.at) })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : (
            <>
              <p>{t('purge.body')}</p>
              <p className="hint">{t('purge.backupsNote')}</p>
              {error && <p role="alert">{error}</p>}
            </>
          )}
        </Dialog>
      )}
    </>
  )
}
