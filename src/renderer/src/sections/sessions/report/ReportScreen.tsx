// A session's report: the choices beside a preview of exactly what prints, and every way it
// leaves the room — PDF, a web page that opens anywhere, CSV and XLSX for the departments that
// track gaps and action items. Files are made in a worker; Cancel stops one.
import './report.css'
import { ArrowLeft } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import type { MessageKey } from '../../../../../shared/i18n/catalog'
import { reportBaseName, type ReportFormat } from '../../../../../shared/report/exports'
import type { ReportInput } from '../../../../../shared/report/input'
import { defaultReportOptions, type ReportOptions } from '../../../../../shared/report/options'
import { call, errorMessage } from '../../../api/client'
import { currentLanguage } from '../../../i18n/language'
import { useT } from '../../../i18n/use-t'
import { ReportChoices } from './ReportChoices'
import { ReportExports } from './ReportExports'
import { ReportPreview, type ReportPreviewHandle } from './ReportPreview'
import { ReportCancelled, useReportWorker } from './use-report-worker'

const FORMATS = [
  ['html', 'reportScreen.saveHtml'],
  ['gaps-csv', 'reportScreen.gapsCsv'],
  ['plan-csv', 'reportScreen.planCsv'],
  ['xlsx', 'reportScreen.xlsx'],
] as const satisfies readonly (readonly [ReportFormat, MessageKey])[]

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
      <ReportExports
        runtime={runtime}
        html={html}
        frame={frame}
        formats={FORMATS}
        exporter={{ make: (format) => exporter.make(input, options, format), busy: exporter.busy, cancel: exporter.cancel }}
        busy={busy}
        pdfName={() => reportBaseName(input, options.language)}
        recordFile={{ label: 'reportScreen.sessionFile', load: () => call('sessions.exportFile', { id: sessionId, contacts: options.contacts }) }}
        say={say}
      />
      <div className="report-layout">
        <ReportChoices options={options} onChange={choose} />
        {html !== '' && <ReportPreview ref={frame} html={html} lang={options.language} />}
      </div>
    </section>
  )
}
