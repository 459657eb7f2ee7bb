// What a backup holds, before it replaces what Roundtable holds now: counts and the last change,
// and a plain warning that the data as it is now is kept first, so the restore can be undone.
import type { BackupPreview } from '../../../../shared/backups/model'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/use-t'

interface Props {
  preview: BackupPreview
  busy: boolean
  onRestore: () => void
  onClose: () => void
}

export function RestoreDialog({ preview, busy, onRestore, onClose }: Props) {
  const t = useT()
  return (
    <Dialog
      title={t('settings.backups.previewTitle')}
      onClose={onClose}
      initialFocus="restore-cancel"
      footer={
        <>
          <button id="restore-cancel" type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={busy} onClick={onRestore}>
            {t('settings.backups.confirmRestore')}
          </button>
        </>
      }
    >
      <p>{t('settings.backups.holds', { file: preview.fileName, ...preview.counts })}</p>
      {preview.lastChangedAt && <p>{t('settings.backups.lastChanged', { at: Date.parse(preview.lastChangedAt) })}</p>}
      <p className="hint">{t('settings.backups.replaceWarning')}</p>
    </Dialog>
  )
}
