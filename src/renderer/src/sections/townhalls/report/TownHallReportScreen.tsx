// A town hall's report: the language beside a preview of exactly what prints, and every way it
// leaves the room — PDF, a web page that opens anywhere, CSV and XLSX for the departments that
// track the items and follow-ups, and the town-hall file for another laptop. Files are made in a
// worker; Cancel stops one.
import '../../sessions/report/report.css'
import './townhall-report.css'
import { ArrowLeft } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import type { Language, MessageKey } from '../../../../../shared/i18n/catalog'
import { townHallReportBaseName, type TownHallReportFormat } from '../../../../../shared/townhall/report/exports'
import type { TownHallReportInput } from '../../../../../shared/townhall/report/input'
import { call, errorMessage } from '../../../api/client'
import { currentLanguage } from '../../../i18n/language'
import { useT } from '../../../i18n/use-t'
import { LANGUAGE_LABELS } from '../../../i18n/language-labels'
import { ReportExports } from '../../sessions/report/ReportExports'
import { ReportPreview, type ReportPreviewHandle } from '../../sessions/report/ReportPreview'
import { ReportCancelled, useTownHallReportWorker } from './use-townhall-report-worker'

const EXPORTS = [
  ['html', 'reportScreen.saveHtml'],
  ['items-csv', 'townHallReport.screen.itemsCsv'],
  ['followups-csv', 'townHallReport.screen.followUpsCsv'],
  ['xlsx', 'townHallReport.screen.xlsx'],
] as const satisfies readonly (readonly [TownHallReportFormat, MessageKey])[]

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
      <ReportExports
        runtime={runtime}
        html={html}
        frame={frame}
        formats={EXPORTS}
        exporter={{ make: (format) => exporter.make(input, language, format), busy: exporter.busy, cancel: exporter.cancel }}
        busy={busy}
        pdfName={() => townHallReportBaseName(input.townHall, language)}
        recordFile={{ label: 'townHallReport.screen.townHallFile', load: () => call('townHalls.exportFile', { id: townHallId }) }}
        idle={said}
        say={say}
      />
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
