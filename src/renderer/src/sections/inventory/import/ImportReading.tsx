// While an upload is read and planned (in its worker): how far it has got, and Cancel. Shown only
// when reading takes longer than half a second, so a small file goes straight to its preview.
import { useEffect, useRef, useState } from 'react'
import type { ImportJob } from '../../../../../shared/inventory/import-job'
import type { ImportPreview } from '../../../../../shared/inventory/model'
import { ApiError, call, errorMessage } from '../../../api/client'
import { Dialog } from '../../../components/Dialog'
import { useT } from '../../../i18n/use-t'
import { useEvent } from '../../../lib/use-event'
import type { ApiErrorData } from '../../../../../shared/errors'

const SHOW_AFTER_MS = 500
const POLL_EVERY_MS = 200

interface Props {
  job: ImportJob
  /** The upload as messages name it: its file, or "3 files". */
  label: string
  onReady: (preview: ImportPreview) => void
  onFailed: (message: string) => void
  onCancelled: () => void
}

export function ImportReading({ job, label, onReady, onFailed, onCancelled }: Props) {
  const t = useT()
  const [progress, setProgress] = useState(job.progress)
  const [shown, setShown] = useState(false)
  const done = useRef(false)
  const ready = useEvent(onReady)
  const failed = useEvent(onFailed)

  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])

  useEffect(() => {
    let stopped = false
    const poll = async (): Promise<void> => {
      while (!stopped) {
        await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS))
        if (stopped) return
        const next = await call('inventory.importJob', { jobId: job.jobId })
        if (stopped) return
        if (next.state === 'ready' && next.preview) {
          done.current = true
          return ready(next.preview)
        }
        if (next.state === 'failed') {
          done.current = true
          return failed(next.error ? new ApiError(next.error as ApiErrorData).worded : t('error.unexpected'))
        }
        setProgress(next.progress)
      }
    }
    poll().catch((error: unknown) => {
      if (!stopped) failed(errorMessage(error))
    })
    return () => {
      stopped = true
    }
  }, [job.jobId, t, ready, failed])

  function cancel(): void {
    if (done.current) return
    done.current = true
    void call('inventory.cancelImport', { jobId: job.jobId }).finally(onCancelled)
  }

  if (!shown) return null
  const phase = progress?.phase ?? 'reading'
  return (
    <Dialog
      title={t('import.reading.title', { file: label })}
      onClose={cancel}
      footer={
        <button type="button" className="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      }
    >
      <p role="status">{progress && progress.total > 0 ? t(`import.reading.${phase}`, { done: progress.done, total: progress.total }) : t('import.reading.start')}</p>
      <progress className="import-progress" aria-label={t('import.reading.progress')} max={Math.max(progress?.total ?? 0, 1)} value={progress?.done ?? 0} />
      <p className="muted">{t('import.reading.nothingWritten')}</p>
    </Dialog>
  )
}
