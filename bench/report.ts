// The report of a large session (300 notes, 200 gaps, 500 map items): built as HTML, then printed
// by Chromium as Electron's printToPDF would.
import { existsSync } from 'node:fs'
import { median } from './stats'

/** The report figures come from one build of the large session's report and one print of it. */
let reportFigures: { htmlMs: number; pdfMs: number; pdfPages: number } | undefined
export async function measureReport(): Promise<{ htmlMs: number; pdfMs: number; pdfPages: number }> {
  if (reportFigures) return reportFigures
  const { largeReportInput } = await import('./report-fixture')
  const { buildReport } = await import('../src/shared/report/model')
  const { renderReportHtml } = await import('../src/shared/report/html')
  const { defaultReportOptions } = await import('../src/shared/report/options')
  const input = largeReportInput()
  const times: number[] = []
  let html = ''
  for (let run = 0; run < 7; run++) {
    const started = performance.now()
    html = renderReportHtml(buildReport(input, { ...defaultReportOptions('en'), people: 'names', facilitatorNotes: true }, 'America/Chicago'))
    times.push(performance.now() - started)
  }
  const { chromium } = await import('@playwright/test')
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate))
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const prints: number[] = []
    let pages = 0
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage()
      const started = performance.now()
      await page.setContent(html)
      const pdf = await page.pdf({ format: 'Letter', printBackground: true })
      prints.push(performance.now() - started)
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length
      await page.close()
    }
    reportFigures = { htmlMs: median(times), pdfMs: median(prints), pdfPages: pages }
  } finally {
    await browser.close()
  }
  return reportFigures
}
