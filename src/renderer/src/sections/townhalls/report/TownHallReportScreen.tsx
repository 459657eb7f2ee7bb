// A town hall's report: the language beside a preview of exactly what prints, and every way it
// leaves the room — PDF, a web page that opens anywhere, CSV and XLSX for the departments that
// track the items and follow-ups, and the town-hall file for another laptop. Files are made in a
// worker; Cancel stops one.
import '../../sessions/report/report.css'
import './townhall-report.css'
import { ArrowLeft, FileDown, Printer } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import type { Language } from '../../../../../shared/i18n/catalog'
import { townHallReportBaseName, type TownHallReportFormat } from '../../../../../shared/townhall/report/exports'
import type { TownHallReportInput } from '../../../../../shared/townhall/report/input'
import { call, errorMessage } from '../../../api/client'
import { currentLanguage } from '../../../i18n/language'
import { useT } from '../../../i18n/use-t'
import { downloadBase64, downloadBlob } from '../../../lib/download'
import { LANGUAGE_LABELS } from '../../scenarios/labels'
import { ReportPreview, type ReportPreviewHandle } from '../../sessions/report/ReportPreview'
import { ReportCancelled, useTownHallReportWorker } from './use-townhall-report-worker'

const EXPORTS = [
  ['html', 'reportScreen.saveHtml'],
  ['items-csv', 'townHallReport.screen.itemsCsv'],
  ['followups-csv', 'townHallReport.screen.followUpsCsv'],
  ['xlsx', 'townHallReport.screen.xlsx'],
] as const satisfies readonly (readonly [TownHallReportFormat, string])[]

export function TownHallReportScreen({ townHallId }: { townHallId: string }) {
  const t = useT()
  const [input, setInput] = useState<TownHallReportInput | { error: string } | undefined>()
  const [language, setLanguage] = useState<Language>(currentLanguage())
  const [html, setHtml] = useState('')
  const [said, say] = useState('')
  const [runtime, setRuntime] = useState<'electron' | 'browser'>('browser')
  const preview = useTownHallReportWorker()
  const exporter = useTownHallReportWorker()
  const frame = useRef<ReportPreviewHandle>(null)

  useEffect(() => {
    Promise.all([call('townHalls.reportInput', { id: townHallId }), call('app.info', {})]).then(
      ([loaded, info]) => {
        setInput(loaded)
        setRuntime(info.runtime)
      },
      (error: unknown) => setInput({ error: errorMessage(error) }),
    )
  }, [townHallId])

  const { make: makePreview } = preview
  useEffect(() => {
    if (!input || 'error' in input) return
    makePreview(input, language, 'html').then(
      (file) => setHtml(String(file.content)),
      (error: unknown) => !(error instanceof ReportCancelled) && say(errorMessage(error)),
    )
  }, [input, language, makePreview])

  async function save(format: TownHallReportFormat): Promise<void> {
    if (!input || 'error' in input) return
    try {
      const file = await exporter.make(input, language, format)
      downloadBlob(file.fileName, new Blob([file.content as BlobPart], { type: file.type }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(error instanceof ReportCancelled ? t('reportScreen.cancelled') : errorMessage(error))
    }
  }

  async function savePdf(): Promise<void> {
    if (!input || 'error' in input || html === '') return
    try {
      const { base64 } = await call('reports.printPdf', { html })
      const fileName = `${townHallReportBaseName(input.townHall, language)}.pdf`
      downloadBase64(fileName, base64, 'application/pdf')
      say(t('reportScreen.saved', { file: fileName }))
    } catch (error) {
      say(errorMessage(error))
    }
  }

  async function saveTownHallFile(): Promise<void> {
    try {
      const file = await call('townHalls.exportFile', { id: townHallId })
      downloadBlob(file.fileName, new Blob([file.content], { type: 'application/json;charset=utf-8' }))
      say(t('reportScreen.saved', { file: file.fileName }))
    } catch (error) {
      say(errorMessage(error))
    }
  }

  const back = (
    <a className="button quiet back-button" href={`#/town-halls/${townHallId}`}>
      <ArrowLeft aria-hidden="true" /> {t('townHallReport.screen.back')}
    </a>
  )
  if (!input) return <section className="screen">{back}<p role="status">{t('common.loading')}</p></section>
  if ('error' in input) return <section className="screen">{back}<p className="inline-error" role="alert">{input.error}</p></section>

  const busy = exporter.busy || preview.busy
  return (
    <section className="screen report-screen townhall-report" aria-labelledby="townhall-report-title">
      {back}
      <header className="report-header">
        <p className="eyebrow">{input.townHall.title}</p>
        <h1 id="townhall-report-title">{t('townHallReport.screen.title')}</h1>
        {input.townHall.status !== 'finished' && <p className="hint">{t('townHallReport.screen.live')}</p>}
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
        {EXPORTS.map(([format, label]) => (
          <button key={format} type="button" className="button" disabled={exporter.busy} onClick={() => void save(format)}>
            <FileDown aria-hidden="true" /> {t(label)}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void saveTownHallFile()}>
          <FileDown aria-hidden="true" /> {t('townHallReport.screen.townHallFile')}
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
          said
        )}
      </p>
      <div className="report-layout">
        <form className="report-choices" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('reportScreen.language')}</legend>
            {(['en', 'es'] as const).map((choice) => (
              <label key={choice} className="choice">
                <input type="radio" name="townhall-report-language" value={choice} checked={language === choice} onChange={() => setLanguage(choice)} lang={choice} />
                <span lang={choice}>{LANGUAGE_LABELS[choice]}</span>
              </label>
            ))}
          </fieldset>
        </form>
        {html !== '' && <ReportPreview ref={frame} html={html} lang={language} />}
      </div>
    </section>
  )
}
