// A session's report: the choices beside a preview of exactly what prints, and every way it
// leaves the room — PDF, a web page that opens anywhere, CSV and XLSX for the departments that
// track gaps and action items. Files are made in a worker; Cancel stops one.
import './report.css'
import { ArrowLeft, FileDown, Printer } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { reportBaseName, type ReportFormat } from '../../../../../shared/report/exports'
import type { ReportInput } from '../../../../../shared/report/input'
import { defaultReportOptions, type ReportOptions } from '../../../../../shared/report/options'
import { call, errorMessage } from '../../../api/client'
import { currentLanguage } from '../../../i18n/language'
import { useT } from '../../../i18n/use-t'
import { downloadBase64, downloadBlob } from '../../../lib/download'
import { ReportChoices } from './ReportChoices'
import { ReportPreview, type ReportPreviewHandle } from './ReportPreview'
import { ReportCancelled, useReportWorker } from './use-report-worker'

interface Props {
  sessionId: string
  onBack: () => void
  say: (text: string) => void
}

export function ReportScreen({ sessionId, onBack, say }: Props) {
  const t = useT()
  const [input, setInput] = useState<ReportInput | { error: string } | undefined>()
  const [options, setOptions] = useState<ReportOptions | undefined>()
  const [html, setHtml] = useState('')
  const [runtime, setRuntime] = useState<'electron' | 'browser'>('browser')
  const preview = useReportWorker()
  const exporter = useReportWorker()
  const frame = useRef<ReportPreviewHandle>(null)

  useEffect(() => {
    Promise.all([call('reports.input', { id: sessionId }), call('reports.options', { id: sessionId }), call('app.info', {})]).then(
      ([loaded, kept, info]) => {
        setInput(loaded)
        setOptions(kept ?? defaultReportOptions(currentLanguage()))
        setRuntime(info.runtime)
      },
      (error: unknown) => setInput({ error: errorMessage(error) }),
    )
  }, [sessionId])

  const { make: makePreview } = preview
  useEffect(() => {
    if (!input || 'error' in input || !options) return
    makePreview(input, options, 'html').then(
      (file) => setHtml(String(file.content)),
      (error: unknown) => !(error instanceof ReportCancelled) && say(errorMessage(error)),
    )
  }, [input, options, makePreview, say])

  const choose = (next: ReportOptions) => {
    setOptions(next)
    call('reports.saveOptions', { id: sessionId, options: next }).catch((error: unknown) => say(errorMessage(error)))
  }

  async function save(format: ReportFormat): Promise<void> {
    if (!input || 'error' in input || !options) return
    try {
      const file = await exporter.make(input, options, format)
      downloadBlob(file.fileName, new Blob([file.content as BlobPart], { type: file.type }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(error instanceof ReportCancelled ? t('reportScreen.cancelled') : errorMessage(error))
    }
  }

  async function savePdf(): Promise<void> {
    if (!input || 'error' in input || !options || html === '') return
    try {
      const { base64 } = await call('reports.printPdf', { html })
      const fileName = `${reportBaseName(input, options.language)}.pdf`
      downloadBase64(fileName, base64, 'application/pdf')
      say(t('reportScreen.saved', { file: fileName }))
    } catch (error) {
      say(error instanceof ReportCancelled ? t('reportScreen.cancelled') : errorMessage(error))
    }
  }

  async function saveSessionFile(): Promise<void> {
    try {
      const file = await call('sessions.exportFile', { id: sessionId })
      downloadBlob(file.fileName, new Blob([file.content], { type: 'application/json;charset=utf-8' }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(errorMessage(error))
    }
  }

  const back = (
    <button type="button" className="button quiet back-button" onClick={onBack}>
      <ArrowLeft aria-hidden="true" /> {t('reportScreen.back')}
    </button>
  )
  if (!input || !options) return <section className="screen">{back}<p role="status">{t('common.loading')}</p></section>
  if ('error' in input) return <section className="screen">{back}<p className="inline-error" role="alert">{input.error}</p></section>

  const busy = exporter.busy || preview.busy
  return (
    <section className="screen report-screen" aria-labelledby="report-title">
      {back}
      <header className="report-header">
        <p className="eyebrow">{input.session.title}</p>
        <h1 id="report-title">{t('reportScreen.title')}</h1>
        <p className="hint">{t(input.kept ? 'reportScreen.kept' : 'reportScreen.live')}</p>
      </header>
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
          {(
            [
              ['html', 'reportScreen.saveHtml'],
              ['gaps-csv', 'reportScreen.gapsCsv'],
              ['plan-csv', 'reportScreen.planCsv'],
              ['xlsx', 'reportScreen.xlsx'],
            ] as const
          ).map(([format, label]) => (
            <button key={format} type="button" className="button" disabled={exporter.busy} onClick={() => void save(format)}>
              <FileDown aria-hidden="true" /> {t(label)}
            </button>
          ))}
        <button type="button" className="button" onClick={() => void saveSessionFile()}>
          <FileDown aria-hidden="true" /> {t('reportScreen.sessionFile')}
        </button>
      </div>
      <p className="report-progress" role="status" aria-live="polite">
        {busy && (
          <>
            {t('reportScreen.making')}{' '}
            {exporter.busy && (
              <button type="button" className="button quiet" onClick={exporter.cancel}>
                {t('common.cancel')}
              </button>
            )}
          </>
        )}
      </p>
      <div className="report-layout">
        <ReportChoices options={options} onChange={choose} />
        {html !== '' && <ReportPreview ref={frame} html={html} lang={options.language} />}
      </div>
    </section>
  )
}
