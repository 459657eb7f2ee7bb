// What the room found leaves the room: a run exercise exported in every format, each file read
// back as another program would read it — the web page opened alone (no request leaves it), printed
// to PDF by Chromium's engine and its text read back, the CSVs parsed, the XLSX unzipped.
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { mkdtempSync, rmSync } from 'node:fs'
import { test, expect, recordCspViolations, startServe } from './fixtures'
import { expectNoAxeViolations } from './axe'
import { pdfText } from './pdf-text'
import { PARK_SHOOTING, PARK_VARIABLES, sidePanel, startSession, startWithNote } from './session-steps'

const HOSTILE = '=HYPERLINK("http://evil.example") <img src=x onerror=alert(1)> مرحبا 👋🏽 ' + 'long '.repeat(2000)
const FORMULA = '=HYPERLINK("http://evil.example","x") <b>bold</b>'
const FACILITATOR_NOTE = 'Ask who actually calls whom at 10:45 pm on a Saturday'

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])
  return { name: file.suggestedFilename(), path: (await file.path())! }
}

test('a run exercise leaves the room as a PDF, a self-contained web page, CSV and XLSX, in Spanish, with hostile text kept as text', async ({ app, page, context }) => {
  test.setTimeout(120_000)
  const violations = await recordCspViolations(page)
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })
  const console_ = page.getByRole('region', { name: 'Console' })
  await console_.getByRole('button', { name: /^Reveal next inject/ }).first().click()
  const capture = console_.getByLabel('What the room said')
  await capture.fill(HOSTILE)
  await capture.press('Enter')
  // A strength, about the first objective: the report's analysis is built from what the room said.
  await console_.getByLabel('Kind').selectOption({ label: 'Strength' })
  await console_.getByLabel('About objective').selectOption({ index: 1 })
  await capture.fill('Outreach reached the family within the hour')
  await capture.press('Enter')
  const actions = await sidePanel(page, 'Actions')
  await actions.getByLabel('What', { exact: true }).fill('Write the phone tree for Saturday nights')
  await actions.getByLabel('Owner').fill('Dana Reyes')
  await actions.getByLabel('Due').fill('2026-12-09')
  await actions.getByText('For the improvement plan (optional)').click()
  await actions.getByLabel('Capability element').selectOption({ label: 'Planning' })
  await actions.getByLabel('Point of contact').fill('Dana Reyes, 773-555-0142')
  await actions.getByLabel('Start').fill('2026-10-10')
  await actions.getByRole('button', { name: 'Add item' }).click()
  await expect(actions.getByRole('row').filter({ hasText: 'Write the phone tree' })).toBeVisible()
  await actions.getByLabel('What', { exact: true }).fill(FORMULA)
  await actions.getByLabel('Owner').fill('Dana Reyes')
  await actions.getByRole('button', { name: 'Add item' }).click()
  await expect(actions.getByRole('row').filter({ hasText: 'evil.example' })).toBeVisible()
  await console_.getByRole('button', { name: 'Finish' }).click()
  await page.getByRole('dialog', { name: 'Finish the session?' }).getByRole('button', { name: 'Finish the session' }).click()
  await expect(console_.getByText('Finished', { exact: true })).toBeVisible()

  // The report, previewed in the app, in Spanish: the choice is kept with the session.
  await page.getByRole('link', { name: 'Report' }).click()
  const preview = page.frameLocator('iframe[title="Preview of the report"]')
  await expect(preview.getByRole('heading', { name: 'Gaps', level: 2 })).toBeVisible()
  const analysis = preview.locator('section#analysis')
  await expect(analysis.getByRole('heading', { level: 3 })).toHaveText([/^Confirm who reaches the victim's family/])
  await expect(analysis).toContainText('Strength')
  await expect(analysis).toContainText('Outreach reached the family within the hour')
  await expect(preview.locator('section#plan').getByRole('row').filter({ hasText: 'Write the phone tree' })).toContainText(/Planning.*2026-10-10.*2026-12-09/)
  await page.getByRole('radio', { name: 'Español' }).check()
  await expect(preview.getByRole('heading', { name: 'Brechas', level: 2 })).toBeVisible()
  await expect(preview.getByText(/^=HYPERLINK\("http:\/\/evil\.example"\) <img src=x onerror=alert\(1\)>/)).toBeVisible()
  expect(await preview.locator('img').count()).toBe(0)
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked()
  await expect(preview.getByRole('heading', { name: 'Brechas', level: 2 })).toBeVisible()

  // The web page: opened alone, it asks for nothing; printed, it reads right; no facilitator notes.
  const html = await download(page, 'Web page (HTML)')
  expect(html.name).toMatch(/^2026-10-03-saturday-night-shooting-near-garfield-park-informe\.html$/)
  const alone = await context.newPage()
  const asked: string[] = []
  alone.on('request', (request) => asked.push(request.url()))
  // Saved under its own name, as a person would find it in Downloads.
  const saved = join(tmpdir(), `${Date.now()}-${html.name}`)
  writeFileSync(saved, readFileSync(html.path))
  await alone.goto(`file://${saved}`)
  await expect(alone.getByRole('heading', { name: 'Plan de mejora' })).toBeVisible()
  expect(asked.filter((url) => !url.startsWith('file://'))).toEqual([])
  const { pages, text } = await pdfText(new Uint8Array(await alone.pdf({ format: 'Letter', printBackground: true })))
  expect(pages).toBeGreaterThan(3)
  expect(text).toContain('Brechas')
  expect(text).toContain('Write the phone tree for Saturday nights')
  expect(text).toContain('Outreach workers at the scene and at the hospital')
  expect(text).toMatch(/Página 2 de \d+/)
  expect(text).not.toContain(FACILITATOR_NOTE)
  await alone.close()

  // With facilitator notes chosen, the preview has them.
  await page.getByRole('checkbox', { name: 'Facilitator notes and expected actions' }).check()
  await expect(preview.getByText(FACILITATOR_NOTE, { exact: false })).toBeVisible()

  // The spreadsheets: the hostile cell neutralized, the rest as typed.
  const plan = await download(page, 'Improvement plan (CSV)')
  expect(plan.name).toMatch(/informe-plan-de-mejora\.csv$/)
  const planRows = Papa.parse<string[]>(readFileSync(plan.path, 'utf8').replace(/^\uFEFF/, '').trimEnd()).data
  expect(planRows[0]![0]).toBe('Acción correctiva')
  expect(planRows[1]).toEqual(expect.arrayContaining(['Write the phone tree for Saturday nights', 'Dana Reyes', '2026-12-09']))
  expect(planRows[2]![0]).toBe(`'${FORMULA}`)
  const gaps = await download(page, 'Gaps (CSV)')
  const gapRows = Papa.parse<string[]>(readFileSync(gaps.path, 'utf8').replace(/^\uFEFF/, '').trimEnd()).data
  expect(gapRows[0]).toEqual(['N.º', 'Necesidad', 'Categoría', 'Área', 'Urgencia', 'Por qué es una brecha', 'Recursos que podrían ayudar', 'Quién lidera'])
  expect(gapRows.length).toBeGreaterThan(1)
  const xlsx = await download(page, 'Gaps and plan (XLSX)')
  const book = unzipSync(readFileSync(xlsx.path))
  expect(Object.keys(book)).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']))
  expect(strFromU8(book['xl/workbook.xml']!)).toContain('name="Brechas"')
  expect(strFromU8(book['xl/sharedStrings.xml']!)).toContain('Write the phone tree for Saturday nights')
  expect(strFromU8(book['xl/sharedStrings.xml']!)).toContain(`<t>'=HYPERLINK("http://evil.example","x") &lt;b&gt;bold&lt;/b&gt;</t>`)
  expect(strFromU8(book['xl/worksheets/sheet2.xml']!)).not.toContain('<f>')
  expect(violations).toEqual([])
})

test('a session file carries a finished session to another laptop, where it opens read-only; opened twice, it asks and keeps both', async ({ app, page, context }) => {
  const { console_ } = await startWithNote(app, 'The phone tree reached everyone by 11 pm')
  await console_.getByRole('button', { name: 'Finish' }).click()
  await page.getByRole('dialog', { name: 'Finish the session?' }).getByRole('button', { name: 'Finish the session' }).click()
  await page.getByRole('link', { name: 'Report' }).click()
  const file = await download(page, 'Session file (for another laptop)')
  expect(file.name).toMatch(/^2026-10-03-saturday-night-shooting-near-garfield-park\.roundtable-session\.json$/)

  const otherDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-other-'))
  const other = await startServe(otherDir)
  try {
    const laptop = await context.newPage()
    await laptop.goto(other.url)
    await laptop.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
    const upload = { name: file.name, mimeType: 'application/json', buffer: readFileSync(file.path) }
    await laptop.getByTestId('session-file-input').setInputFiles(upload)
    await expect(laptop.getByText(/^Opened the session file\. Added to this inventory: 0 organizations, 0 services\.$/)).toBeVisible()
    const there = laptop.getByRole('region', { name: 'Console' })
    await expect(there.getByText('Finished', { exact: true })).toBeVisible()
    await sidePanel(laptop, 'Notes')
    await expect(laptop.getByText('The phone tree reached everyone by 11 pm')).toBeVisible()

    await laptop.getByRole('button', { name: 'All sessions' }).click()
    await laptop.getByTestId('session-file-input').setInputFiles(upload)
    const dialog = laptop.getByRole('dialog', { name: 'This session is already here' })
    await expect(dialog).toContainText('Saturday night shooting near Garfield Park')
    await dialog.getByRole('button', { name: 'Keep both' }).click()
    await expect(there.getByText('Finished', { exact: true })).toBeVisible()
    await laptop.getByRole('button', { name: 'All sessions' }).click()
    await expect(laptop.getByRole('status').filter({ hasText: /sessions?$/ })).toHaveText('3 sessions')
    await laptop.close()
  } finally {
    await other.stop()
    rmSync(otherDir, { recursive: true, force: true })
  }
})

test('a new facilitator opens the example session and reads its report, on a screen with no accessibility problems', async ({ app, page }) => {
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('row').filter({ hasText: 'Example' }).getByRole('button', { name: 'A fight at school dismissal, and a video that spreads' }).click()
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_.getByText('Finished', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Report' }).click()
  const preview = page.frameLocator('iframe[title="Preview of the report"]')
  await expect(preview.locator('section#plan').getByRole('row')).toHaveCount(3)
  await expect(preview.locator('section#gaps').getByRole('row')).toHaveCount(3)
  await expect(page.getByText('As the session stood when it finished: later changes to the inventory do not change it.')).toBeVisible()
  // The preview runs no script (its sandbox), so axe reads the screen around it; the report itself is checked as the saved page below.
  await expectNoAxeViolations(page, 'report screen', { exclude: ['iframe.report-preview'] })
  const saved = await download(page, 'Web page (HTML)')
  const alone = await page.context().newPage()
  await alone.setContent(readFileSync(saved.path, 'utf8'))
  await expectNoAxeViolations(alone, 'the saved report')
  await alone.close()
  // Removed from the list, it stays removed.
  await page.getByRole('button', { name: 'Back to the session' }).click()
  await page.getByRole('button', { name: 'All sessions' }).click()
  await page.getByRole('button', { name: 'Remove the example session' }).click()
  await expect(page.getByText('The example session was removed; it will not come back.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('No sessions yet.')).toBeVisible()
})
