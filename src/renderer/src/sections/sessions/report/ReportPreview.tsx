// The report as it will print, in a sandboxed frame that runs no script. The app's own strict
// policy (no inline styles) reaches into the frame, so the report's style sheet is handed to the
// frame as a constructed sheet rather than as the <style> element the saved file carries.
import { forwardRef, useImperativeHandle, useRef } from 'react'
import { useT } from '../../../i18n/use-t'

export interface ReportPreviewHandle {
  /** Opens the browser's print dialog on the report (Save as PDF is one of its printers). */
  print: () => void
}

/** The page's style sheet and the page without it (nor its own policy, which the frame inherits). */
export function splitStyles(html: string): { css: string; page: string } {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
  const page = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  return { css, page }
}

export const ReportPreview = forwardRef<ReportPreviewHandle, { html: string; lang: string }>(function ReportPreview({ html, lang }, ref) {
  const t = useT()
  const frame = useRef<HTMLIFrameElement>(null)
  const { css, page } = splitStyles(html)
  useImperativeHandle(ref, () => ({ print: () => frame.current?.contentWindow?.print() }), [])
  return (
    <iframe
      ref={frame}
      className="report-preview"
      title={t('reportScreen.preview')}
      lang={lang}
      sandbox="allow-same-origin allow-modals"
      srcDoc={page}
      onLoad={() => {
        const inside = frame.current?.contentWindow as (Window & typeof globalThis) | null | undefined
        if (!inside) return
        // A constructed sheet belongs to the document whose window made it.
        const sheet = new inside.CSSStyleSheet()
        sheet.replaceSync(css)
        inside.document.adoptedStyleSheets = [sheet]
      }}
    />
  )
})
