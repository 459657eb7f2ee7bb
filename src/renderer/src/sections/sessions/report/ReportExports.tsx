// The report screen's row of ways out (PDF or print, the spreadsheet and HTML files, the record's
// own file) and the progress line under it, shared by session and town-hall reports.
import { FileDown, Printer } from 'lucide-react'
import type { ReactNode, RefObject } from 'react'
import type { MessageKey } from '../../../../../shared/i18n/catalog'
import type { ReportFile } from '../../../../../shared/report/exports'
import { call, errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'
import { downloadBase64, downloadBlob } from '../../../lib/download'
import type { ReportPreviewHandle } from './ReportPreview'
import { ReportCancelled } from '../../../lib/use-report-worker-run'

interface Props<Format extends string> {
  runtime: 'electron' | 'browser'
  html: string
  frame: RefObject<ReportPreviewHandle | null>
  /** Each file format with the label of its button, in the order shown. */
  formats: readonly (readonly [Format, MessageKey])[]
  /** The worker making files for download: its Cancel shows while it works. */
  exporter: { make: (format: Format) => Promise<ReportFile>; busy: boolean; cancel: () => void }
  /** True while the preview or a file is being made. */
  busy: boolean
  pdfName: () => string
  recordFile: { label: MessageKey; load: () => Promise<{ fileName: string; content: string }> }
  /** What the progress line shows when nothing is being made. */
  idle?: ReactNode
  say: (text: string) => void
}

export function ReportExports<Format extends string>({ runtime, html, frame, formats, exporter, busy, pdfName, recordFile, idle, say }: Props<Format>) {
  const t = useT()

  async function save(format: Format): Promise<void> {
    try {
      const file = await exporter.make(format)
      downloadBlob(file.fileName, new Blob([file.content as BlobPart], { type: file.type }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(error instanceof ReportCancelled ? t('reportScreen.cancelled') : errorMessage(error))
    }
  }

  async function savePdf(): Promise<void> {
    if (html === '') return
    try {
      const { base64 } = await call('reports.printPdf', { html })
      const fileName = `${pdfName()}.pdf`
      downloadBase64(fileName, base64, 'application/pdf')
      say(t('reportScreen.saved', { file: fileName }))
    } catch (error) {
      say(error instanceof ReportCancelled ? t('reportScreen.cancelled') : errorMessage(error))
    }
  }

  async function saveRecordFile(): Promise<void> {
    try {
      const file = await recordFile.load()
      downloadBlob(file.fileName, new Blob([file.content], { type: 'application/json;charset=utf-8' }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <>
      <div className="report-exports" role="group" aria-label={t('reportScreen.exports')}>
        {runtime === 'electron' ? (
          <button type="button" className="button primary" disabled={html === ''} onClick={() => void savePdf()}>
            <FileDown aria-hidden="true" /> {t('reportScreen.savePdf')}
          </button>
        ) : (
          <button type="button" className="button primary" disabled={html === ''} onClick={() => frame.current?.print()}>
            <Printer aria-hidden="true" /> {t('reportScreen.print')}
          </button>
        )}
        {formats.map(([format, label]) => (
          <button key={format} type="button" className="button" disabled={exporter.busy} onClick={() => void save(format)}>
            <FileDown aria-hidden="true" /> {t(label)}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void saveRecordFile()}>
          <FileDown aria-hidden="true" /> {t(recordFile.label)}
        </button>
      </div>
      <p className="report-progress" role="status" aria-live="polite">
        {busy ? (
          <>
            {t('reportScreen.making')}{' '}
            {exporter.busy && (
              <button type="button" className="button quiet" onClick={exporter.cancel}>
                {t('common.cancel')}
              </button>
            )}
          </>
        ) : (
          idle
        )}
      </p>
    </>
  )
}
