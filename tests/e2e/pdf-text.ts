// The text of a PDF, page by page, as a reader program extracts it (pdfjs-dist's last line that
// runs on Node 20): in the order the page was drawn, so a table cell's lines stay together.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: bytes, disableFontFace: true, isEvalSupported: false, useSystemFonts: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(''))
  }
  await document.destroy()
  return { pages: document.numPages, text: pages.join(' ').replace(/\s+/g, ' ') }
}
