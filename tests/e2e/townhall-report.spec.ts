// The example town hall leaves the room: its report previewed in English and Spanish, saved as a
// web page that asks for nothing, printed to PDF by Chromium's engine and its text read back
// (themes with counts, an answer, the follow-ups with owners and dates, the gap), the items and
// follow-ups as CSV, the workbook, and the town-hall file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { test, expect, recordCspViolations } from './fixtures'
import { expectNoAxeViolations } from './axe'
import { pdfText } from './pdf-text'

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])
  return { name: file.suggestedFilename(), path: (await file.path())! }
}

/** The shipped example town hall's id, asked of the app as the screens ask. */
async function exampleTownHall(page: Page): Promise<string> {
  const envelope = await page.evaluate(async () => {
    const response = await fetch('/api/townHalls.example', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' })
    return (await response.json()) as { ok: boolean; value?: { id: string | null } }
  })
  expect(envelope.ok).toBe(true)
  expect(envelope.value?.id).toMatch(/^[0-9a-f-]{36}$/)
  return envelope.value!.id!
}

test('the example town hall’s report prints its themes, answers, follow-ups and gap, in English and Spanish, and its tables', async ({ app, page, context }) => {
  test.setTimeout(120_000)
  const violations = await recordCspViolations(page)
  const id = await exampleTownHall(app)
  await page.evaluate((hash) => (window.location.hash = hash), `#/town-halls/${id}/report`)
  await expect(page.getByRole('heading', { name: 'Town-hall report', level: 1 })).toBeVisible()

  const preview = page.frameLocator('iframe[title="Preview of the report"]')
  await expect(preview.getByRole('heading', { name: 'Concerns by theme', level: 2 })).toBeVisible()
  await expect(preview.locator('section#summary h3').first()).toHaveText('Safety — raised 7 times')
  await expect(preview.locator('section#gaps')).toContainText('Transit')
  await page.getByRole('radio', { name: 'Español' }).check()
  await expect(preview.getByRole('heading', { name: 'Preguntas respondidas', level: 2 })).toBeVisible()
  await expect(preview.locator('section#summary')).toContainText('Alumbrado y lotes baldíos')
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(preview.getByRole('heading', { name: 'Questions answered', level: 2 })).toBeVisible()

  // The web page: opened alone, it asks for nothing; printed, it reads right.
  const html = await download(page, 'Web page (HTML)')
  expect(html.name).toBe('2026-11-12-austin-community-safety-town-hall-report.html')
  const dir = mkdtempSync(join(tmpdir(), 'townhall-report-'))
  const saved = join(dir, html.name)
  writeFileSync(saved, readFileSync(html.path))
  await expectNoAxeViolations(page, 'town-hall report screen', { exclude: ['iframe.report-preview'] })
  const alone = await context.newPage()
  const asked: string[] = []
  alone.on('request', (request) => asked.push(request.url()))
  await alone.goto(`file://${saved}`)
  await expect(alone.getByRole('heading', { name: 'Resources available' })).toBeVisible()
  expect(asked.filter((url) => !url.startsWith('file://'))).toEqual([])
  const { pages, text } = await pdfText(new Uint8Array(await alone.pdf({ format: 'Letter', printBackground: true })))
  console.log(`The example town hall's report: ${pages} PDF pages.`)
  expect(pages).toBeGreaterThan(3)
  for (const theme of ['Safety', 'Lighting and vacant lots', 'Youth and jobs', 'Mental health', 'Policing', 'Housing', 'Transit', 'Sanitation']) expect(text).toContain(theme)
  expect(text).toContain('Applications open in March')
  expect(text).toContain('Westside Mental Health Partners (sample)')
  expect(text).toContain('Nov 30, 2026')
  expect(text).toContain('One theme the room raised has no resource that answers it')
  expect(text).toMatch(/Page 2 of \d+/)
  expect(text).not.toContain('Menard')
  await expectNoAxeViolations(alone, 'the saved town-hall report')
  await alone.close()
  rmSync(dir, { recursive: true, force: true })

  // The tables for the departments.
  const items = await download(page, 'Items (CSV)')
  expect(items.name).toBe('2026-11-12-austin-community-safety-town-hall-report-items.csv')
  const itemRows = Papa.parse<string[]>(readFileSync(items.path, 'utf8').replace(/^\uFEFF/, '').trimEnd()).data
  expect(itemRows[0]!.slice(0, 6)).toEqual(['#', 'Group', 'Times raised', 'Theme', 'Kind', 'What was said'])
  expect(itemRows).toHaveLength(42)
  const followUps = await download(page, 'Follow-ups (CSV)')
  const followUpRows = Papa.parse<string[]>(readFileSync(followUps.path, 'utf8').replace(/^\uFEFF/, '').trimEnd()).data
  expect(followUpRows[1]).toEqual([expect.stringMatching(/^Mi hijo tiene pesadillas/), 'Mental health', '1', 'Westside Mental Health Partners (sample)', '2026-11-30'])
  const xlsx = await download(page, 'Items, follow-ups and themes (XLSX)')
  expect(readFileSync(xlsx.path).subarray(0, 2).toString()).toBe('PK')
  const file = await download(page, 'Town-hall file (for another laptop)')
  expect(file.name).toBe('2026-11-12-austin-community-safety-town-hall.roundtable-townhall.json')
  expect(JSON.parse(readFileSync(file.path, 'utf8'))).toMatchObject({ roundtableTownHall: 1, townHall: { id, status: 'finished' } })

  // Opened again from the list: it is already here, so the facilitator keeps both.
  await page.getByRole('link', { name: 'Back to the town hall' }).click()
  await expect(page.getByRole('heading', { name: 'Austin community safety town hall', level: 1 })).toBeVisible()
  await page.evaluate(() => (window.location.hash = '#/town-halls'))
  await page.getByTestId('townhall-file-input').setInputFiles(file.path)
  const dialog = page.getByRole('dialog', { name: 'This town hall is already here' })
  await expect(dialog).toContainText('“Austin community safety town hall” is already on this laptop.')
  await dialog.getByRole('button', { name: 'Keep both' }).click()
  await expect(page.getByRole('heading', { name: 'Austin community safety town hall', level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/#\/town-halls\/[0-9a-f-]{36}$/)
  expect(page.url()).not.toContain(id)

  // A broken copy is refused whole, each problem at its place and worded in the app's language.
  const broken = JSON.parse(readFileSync(file.path, 'utf8')) as { document: { items: { text: string }[] } }
  broken.document.items[0]!.text = ''
  await page.evaluate(() => (window.location.hash = '#/town-halls'))
  await page.getByRole('group', { name: 'Language of the app' }).getByRole('button', { name: 'Español' }).click()
  await page.getByTestId('townhall-file-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
  const problems = page.getByRole('alert').filter({ hasText: 'No se puede abrir broken.json' })
  await expect(problems.getByRole('listitem')).toHaveText(['document.items.0.text: Complete este dato.'])
  await page.getByTestId('townhall-file-input').setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...broken, roundtableTownHall: 9 })) })
  await expect(page.getByRole('alert').filter({ hasText: 'No se puede abrir newer.json' }).getByRole('listitem')).toHaveText([
    'Este archivo de asamblea lo escribió una versión más nueva de Roundtable (versión 9); actualice Roundtable para abrirlo.',
  ])
  await page.getByRole('group', { name: 'Idioma de la aplicación' }).getByRole('button', { name: 'English' }).click()
  expect(violations).toEqual([])
})
