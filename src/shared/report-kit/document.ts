// The printed documents' kit: one self-contained HTML page (no request leaves it: a CSP that
// allows only its own inline styles, pictures inlined) with the house style on screen and in
// print — a running header, "Page 3 of 12" at the foot, headings kept with what follows them,
// tables whose header repeats on each page and whose rows do not split.
import { escapeHtml } from './escape'

export interface PrintableDocument {
  lang: string
  title: string
  /** Printed at the top of every page after the first (the cover). */
  runningHeader: string
  /** The words around page numbers: "Page" 3 "of" 12. */
  pageWord: string
  ofWord: string
  body: string
  /** Styles of this kind of document, after the kit's. */
  css?: string
}

/** Text as a CSS string literal: quotes, backslashes and "<" escaped, so it can never end the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`
}

const BASE_CSS = `
body { font-family: "Atkinson Hyperlegible", Verdana, sans-serif; font-size: 12pt; line-height: 1.45; color: #111; max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 22pt; margin: 0.2em 0; } h2 { font-size: 15pt; margin-top: 1.6em; border-bottom: 2px solid #bbb; break-after: avoid; }
h3 { font-size: 12.5pt; margin-bottom: 0.3em; break-after: avoid; }
.kind { text-transform: uppercase; letter-spacing: 0.05em; color: #444; margin: 0; font-weight: bold; }
.muted { color: #444; } .prose { white-space: pre-wrap; overflow-wrap: anywhere; }
.label { font-weight: bold; text-transform: uppercase; font-size: 9pt; color: #444; margin-bottom: 0.2em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; } dt { font-weight: bold; } dd { margin: 0; overflow-wrap: break-word; }
table { border-collapse: collapse; width: 99.8%; font-size: 10pt; } th, td { border: 1px solid #999; padding: 0.3em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.nowrap { white-space: nowrap; }
thead { display: table-header-group; } th { background: #eee; } tr { break-inside: avoid; }
td, li, p, dd { unicode-bidi: plaintext; }
`

export function printableDocument(doc: PrintableDocument): string {
  const pageCss = `
@page { size: letter; margin: 18mm 16mm 20mm;
  @top-center { content: ${cssString(doc.runningHeader)}; font: 9pt "Atkinson Hyperlegible", Verdana, sans-serif; color: #444; }
  @bottom-right { content: ${cssString(doc.pageWord)} " " counter(page) " " ${cssString(doc.ofWord)} " " counter(pages); font: 9pt "Atkinson Hyperlegible", Verdana, sans-serif; color: #444; } }
@page :first { @top-center { content: none; } @bottom-right { content: none; } }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; text-decoration: none; } }
`
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${BASE_CSS}${pageCss}${doc.css ?? ''}</style>
</head>
<body>
${doc.body}
</body>
</html>
`
}
