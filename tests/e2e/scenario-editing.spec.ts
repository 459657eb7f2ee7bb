import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { startSession } from './session-steps'

const hostile = `formatVersion: 2
id: 9d0c7a52-1b3e-4f6a-8c2d-7e5f4a3b2c1d
overview:
  title: '<img src=x onerror=alert(1)> Drill on the block'
  summary: "Text in three scripts: English, العربية and עברית, with 👋🏽 emoji."
  type: drill
  communityAreas: [Englewood]
  language: en
  objectives:
    - { id: o1, text: "<b>Bold</b> claims stay plain." }
modules:
  - id: m1
    title: First hour
    narrative: "<script>window.hacked = true</script> Something happens."
    injects:
      - { id: i1, title: First inject, text: The first thing the room learns. }
      - { id: i2, title: Second inject, text: The second thing the room learns. }
`

async function openScenarios(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible()
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()])
  return readFileSync((await file.path())!, 'utf8')
}

test('imports a scenario, renders hostile text as text, edits and reorders injects, exports, and re-imports it unchanged', async ({ app, page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  await openScenarios(app)
  await page.getByTestId('scenario-file-input').setInputFiles({ name: 'hostile.yaml', mimeType: 'application/yaml', buffer: Buffer.from(hostile) })
  await expect(page.getByText('Imported 1 new, 0 updated, 0 unchanged.')).toBeVisible()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('<img src=x onerror=alert(1)> Drill on the block')
  await expect(page.getByText('<script>window.hacked = true</script> Something happens.')).toBeVisible()
  await expect(page.getByText('العربية and עברית')).toBeVisible()
  expect(await page.locator('main img').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined()

  // Edit: rename the first inject, then move the second above it from the outline with the keyboard.
  await page.getByRole('button', { name: 'Edit' }).click()
  const outline = page.getByRole('tree', { name: 'Scenario outline' })
  await outline.getByRole('treeitem', { name: /^Inject 1\.1/ }).click()
  await page.getByLabel('Inject title').fill('First inject, renamed')
  await outline.getByRole('treeitem', { name: /^Inject 1\.2/ }).click()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(outline.getByRole('treeitem', { selected: true })).toHaveText(/^Inject 1\.1\s*Second inject/)
  await expect(page.getByLabel('Inject title')).toHaveValue('Second inject')
  await page.getByLabel('Inject title').fill('')
  await expect(page.getByText('Write a title.').first()).toBeVisible()
  await expect(outline.getByRole('treeitem', { name: /^Inject 1\.1/ })).toContainText('1 problem')
  await page.getByLabel('Inject title').fill('Second inject')
  await page.getByRole('button', { name: 'Save scenario' }).first().click()
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible()
  const injects = page.locator('.inject-head strong')
  await expect(injects).toHaveText(['Second inject', 'First inject, renamed'])

  // Export, re-import: nothing changes, and the file is identical when exported again.
  const exported = await download(page, 'Export')
  expect(exported).toContain('First inject, renamed')
  await page.getByRole('button', { name: 'All scenarios' }).click()
  await page.getByTestId('scenario-file-input').setInputFiles({ name: 'again.yaml', mimeType: 'application/yaml', buffer: Buffer.from(exported) })
  await expect(page.getByText('Imported 0 new, 0 updated, 1 unchanged.')).toBeVisible()
  expect(await download(page, 'Export')).toBe(exported)
  expect(dialogs).toBe(0)
})

test('a file with mistakes imports nothing and lists each error with file, line and path', async ({ app, page }) => {
  await openScenarios(app)
  const count = page.getByRole('status').filter({ hasText: /scenarios?$/ })
  await expect(count).toHaveText('5 scenarios')
  const broken = fileURLToPath(new URL('../fixtures/scenarios/broken.yaml', import.meta.url))
  await page.getByTestId('scenario-file-input').setInputFiles([broken])
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' })
  await expect(alert).toContainText('broken.yaml:7 overview.communityAreas[1] Name a Chicago community area')
  await expect(alert).toContainText('broken.yaml:28 modules[0].needs[0].when')
  await expect(count).toHaveText('5 scenarios')
})

test('edits a case example as a copy, duplicates, removes with undo, and saves a Spanish facilitator guide', async ({ app, page }) => {
  await openScenarios(app)
  await page.getByRole('link', { name: /A vacant building/ }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Duration').fill('90 minutes')
  await page.getByRole('treeitem', { name: /^Variables/ }).click()
  await page.getByRole('button', { name: 'Add a variable' }).click()
  await expect(page.getByLabel('Name (written as ${name} in the text)').last()).toBeFocused()
  await page.getByLabel('Name (written as ${name} in the text)').last().fill('corner')
  await page.getByLabel('What to fill in').last().fill('The nearest corner')
  await page.getByRole('button', { name: 'Save scenario' }).first().click()
  await expect(page.getByText('Saved as your own copy; the original case example stays in the library.')).toBeVisible()
  await expect(page.getByText('A case example that ships with Roundtable.')).toHaveCount(0)
  await expect(page.getByRole('listitem').filter({ hasText: 'The nearest corner' })).toContainText('corner')

  await page.getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByText(/^Removed A vacant building/)).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('heading', { name: /A vacant building/, level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByRole('heading', { name: "A vacant building becomes the block's hot spot (copy)", level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Situation Manual…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Situation Manual' })
  await dialog.getByLabel('For').selectOption('facilitator')
  await dialog.getByLabel('Labels in').selectOption('es')
  await dialog.getByLabel('The block').fill('the 4200 block of West Wilcox')
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the manual' }).click()])
  expect(file.suggestedFilename()).toMatch(/guia-facilitador\.html$/)
  const html = readFileSync((await file.path())!, 'utf8')
  expect(html).toContain('Manual de situación — guía del facilitador')
  expect(html).toContain('the 4200 block of West Wilcox')
})

test('imports a scenario file dropped on the window', async ({ app, page }) => {
  await openScenarios(app)
  const text = hostile.replace('9d0c7a52-1b3e-4f6a-8c2d-7e5f4a3b2c1d', '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b').replace("'<img src=x onerror=alert(1)> Drill on the block'", 'Dropped drill')
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer()
    data.items.add(new File([content], 'dropped.yaml', { type: 'application/yaml' }))
    return data
  }, text)
  const zone = page.locator('.drop-zone')
  await zone.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(page.getByText('Drop scenario files to import them')).toBeVisible()
  await zone.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByText('Imported 1 new, 0 updated, 0 unchanged.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Dropped drill', level: 1 })).toBeVisible()
})

test('unsaved edits of a scenario are kept by the app through a reload, and can be discarded', async ({ app, page }) => {
  await openScenarios(app)
  await page.getByRole('link', { name: /A vacant building/ }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByLabel('Duration').fill('75 minutes, with a break')
  const scenarioId = new URL(page.url()).hash.split('/')[2]!
  expect(new URL(page.url()).hash).toMatch(/\/edit$/)
  // The draft reaches the app's store while the form is still open.
  await expect
    .poll(() =>
      page.evaluate(async (key) => {
        const response = await fetch('/api/drafts.get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key }) })
        const envelope = (await response.json()) as { value: { content: string } | null }
        return envelope.value?.content.includes('75 minutes, with a break') ?? false
      }, `scenario:${scenarioId}`),
    )
    .toBe(true)

  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: /^Your unsaved changes from .* are back/ })).toBeVisible()
  await expect(page.getByLabel('Duration')).toHaveValue('75 minutes, with a break')
  await page.getByRole('button', { name: 'Discard them' }).click()
  await expect(page.getByLabel('Duration')).not.toHaveValue('75 minutes, with a break')
  await page.reload()
  await expect(page.getByLabel('Duration')).not.toHaveValue('75 minutes, with a break')
  await expect(page.getByText(/are back/)).toHaveCount(0)
})

test('New scenario starts from a valid template in the editor, and a session runs from it', async ({ app, page }) => {
  await openScenarios(app)
  await page.getByRole('button', { name: 'New from the template' }).click()
  await expect(page.getByText('Started a new scenario: shape it here; every change is checked as you type.')).toBeVisible()
  const title = page.getByLabel('Title', { exact: true })
  await expect(title).toHaveValue('New scenario')
  await title.fill('A block party after a shooting in Chatham')
  await page.getByRole('treeitem', { name: /^Module 1/ }).click()
  await page.getByLabel('Story time (optional)').fill('Saturday 21:00')
  await page.getByRole('button', { name: 'Save scenario' }).first().click()
  await expect(page.getByRole('heading', { name: 'A block party after a shooting in Chatham', level: 1 })).toBeVisible()

  await startSession(page, 'A block party after a shooting in Chatham')
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_.getByRole('heading', { name: 'Module 1' })).toBeVisible()
  await expect(console_.locator('.console-module .eyebrow')).toContainText('Saturday 21:00')
  await expect(page.getByRole('region', { name: /^Gaps \(/ }).getByRole('heading').first()).toHaveText('Gaps (1 of 1 need)')
})
