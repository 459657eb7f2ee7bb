// Backups on the settings screen: the rule they are kept by, where they are and what is not
// encrypted; "Back up now", a copy saved anywhere (a USB stick), and a restore — from the list or
// from a file — that shows what the backup holds first and can be undone at once.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Backup, BackupPreview } from '../../../../shared/backups/model'
import type { CallOutput } from '../../../../shared/contract'
import { call, errorMessage } from '../../api/client'
import { sendFiles } from '../../api/send-files'
import { downloadBase64 } from '../../lib/download'
import { useT } from '../../i18n/use-t'
import { RestoreDialog } from './RestoreDialog'

type Source = { id: string } | { file: File }

/**
 * The data as it was before the last restore, for its Undo: kept while the app runs, so leaving
 * the screen to look at the restored data does not lose it (after a reload, the list's "Before a
 * restore" backup does the same).
 */
let lastKeptAside: Backup | undefined

async function asCallSource(source: Source) {
  if ('id' in source) return source
  const [sent] = await sendFiles([source.file])
  return { file: sent! }
}

export function BackupsPanel() {
  const t = useT()
  const [listing, setListing] = useState<CallOutput<'backups.list'> | undefined>()
  const [said, setSaid] = useState('')
  const [undo, setUndoState] = useState<Backup | undefined>(lastKeptAside)
  const setUndo = (backup: Backup | undefined) => {
    lastKeptAside = backup
    setUndoState(backup)
  }
  const [asking, setAsking] = useState<{ source: Source; preview: BackupPreview } | undefined>()
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = useCallback(() => call('backups.list', {}).then(setListing, (error: unknown) => setSaid(errorMessage(error))), [])
  useEffect(() => void refresh(), [refresh])

  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true)
    try {
      await work()
    } catch (error) {
      setSaid(errorMessage(error))
    } finally {
      setBusy(false)
      void refresh()
    }
  }

  const backUpNow = () =>
    run(async () => {
      const made = await call('backups.backUpNow', {})
      setSaid(t('settings.backups.backedUp', { name: made.id }))
    })

  const ask = (source: Source) =>
    run(async () => {
      setSaid('')
      setAsking({ source, preview: await call('backups.preview', await asCallSource(source)) })
    })

  const restore = (source: Source, undoing: boolean) =>
    run(async () => {
      const result = await call('backups.restore', await asCallSource(source))
      setAsking(undefined)
      setUndo(undoing ? undefined : result.keptAside)
      setSaid(undoing ? t('settings.backups.undone') : t('settings.backups.restored', { file: result.restored.fileName }))
    })

  const saveCopy = (backup: Backup) =>
    run(async () => {
      const copy = await call('backups.download', { id: backup.id })
      downloadBase64(copy.fileName, copy.contentBase64, 'application/vnd.sqlite3')
    })

  const backups = listing?.backups ?? []
  return (
    <section className="settings-group backups" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('settings.backups.title')}</h2>
      {listing && (
        <>
          <p>{t('settings.backups.lede', { everyMinutes: listing.rule.everyMinutes, newest: listing.rule.newestAutomatic, days: listing.rule.dailyForDays })}</p>
          <p className="hint">{t('settings.backups.folder', { folder: listing.folder })}</p>
        </>
      )}
      <p className="hint">{t('settings.backups.encryption')}</p>
      <div className="button-row">
        <button type="button" className="button primary" disabled={busy} onClick={() => void backUpNow()}>
          {t('settings.backups.backUpNow')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('settings.backups.restoreFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".db,application/vnd.sqlite3,application/x-sqlite3"
          aria-label={t('settings.backups.fileInput')}
          data-testid="backup-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void ask({ file })
          }}
        />
      </div>
      {backups.length === 0 ? (
        <p>{t('settings.backups.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.backups.when')}</th>
              <th scope="col">{t('settings.backups.why')}</th>
              <th scope="col">{t('settings.backups.size')}</th>
              <th scope="col">{t('settings.backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const at = Date.parse(backup.at)
              return (
                <tr key={backup.id}>
                  <td>{t('settings.backups.at', { at })}</td>
                  <td>{t('settings.backups.reason', { reason: backup.reason })}</td>
                  <td>{t('settings.backups.kilobytes', { kb: Math.max(1, Math.round(backup.bytes / 1024)) })}</td>
                  <td className="row-actions">
                    <button type="button" className="button" disabled={busy} aria-label={t('settings.backups.restoreNamed', { at })} onClick={() => void ask({ id: backup.id })}>
                      {t('settings.backups.restore')}
                    </button>
                    <button type="button" className="button" disabled={busy} aria-label={t('settings.backups.saveCopyNamed', { at })} onClick={() => void saveCopy(backup)}>
                      {t('settings.backups.saveCopy')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p role="status" aria-live="polite" className="backups-status">
        {said}
        {undo && (
          <button type="button" className="button" disabled={busy} onClick={() => void restore({ id: undo.id }, true)}>
            {t('settings.backups.undoRestore')}
          </button>
        )}
      </p>
      {asking && <RestoreDialog preview={asking.preview} busy={busy} onClose={() => setAsking(undefined)} onRestore={() => void restore(asking.source, false)} />}
    </section>
  )
}
