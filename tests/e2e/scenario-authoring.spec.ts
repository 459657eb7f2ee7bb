// Authoring a three-module case example from blank, through the outline, with the keyboard only,
// then running it: the path a new facilitator takes the evening before an exercise.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { startSession } from './session-steps'

/** Presses Tab until the focus is on the control labelled `label` (reading the page, never clicking). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let presses = 0; presses < 25; presses++) {
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null
      return (element?.labels?.[0]?.textContent ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim()
    })
    if (name === label) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`No control labelled "${label}" within 25 presses of Tab`)
}

async function write(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label)
  await page.keyboard.type(text)
}

/** The draft the app keeps of a scenario not saved yet, read from its store. */
async function keptDraft(page: Page, id: string): Promise<string> {
  return page.evaluate(async (key) => {
    const response = await fetch('/api/drafts.get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key }) })
    const envelope = (await response.json()) as { value: { content: string } | null }
    return envelope.value?.content ?? ''
  }, `scenario:${id}`)
}

const MODULES = [
  { title: 'Friday night on 79th Street', narrative: 'Shots are fired near the Red Line stop at 79th Street.', inject: 'A call from the block club', need: 'Outreach workers on the corner tonight', category: 'Street outreach', categoryId: 'street-outreach' },
  { title: 'Saturday: the rumours', narrative: 'Posts online name a rival group; a vigil is planned.', inject: 'A post names a rival group', need: 'Mediators who know both groups', category: 'Conflict mediation', categoryId: 'conflict-mediation' },
  { title: 'Sunday: the vigil', narrative: 'Two hundred people gather; the family asks for help.', inject: 'The family asks for help', need: 'Counseling for the family at home', category: 'Trauma-informed counseling', categoryId: 'trauma-counseling' },
]

test('a scenario is written from blank through the outline with the keyboard only, kept through a reload, saved, and run', async ({ app: page }) => {
  // About a thousand keystrokes, typed one by one: longer than most tests.
  test.setTimeout(180_000)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await page.getByRole('button', { name: 'New blank scenario' }).focus()
  await page.keyboard.press('Enter')
  const title = page.getByLabel('Title', { exact: true })
  await expect(title).toBeFocused()
  const id = new URL(page.url()).hash.split('/')[2]!
  expect(new URL(page.url()).hash).toMatch(/\/new$/)

  await page.keyboard.type('Shooting near the 79th Street Red Line stop in Chatham')
  await write(page, 'Summary', 'A Friday-night shooting in Chatham, the rumours after it, and a vigil on Sunday.')
  await write(page, 'Community areas', '')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Chatham')

  // Objectives: back to the outline, down one, Enter to its form, Enter on "Add an objective".
  await page.keyboard.press('Alt+Shift+O')
  const outline = page.getByRole('tree', { name: 'Scenario outline' })
  await expect(outline.getByRole('treeitem', { name: /^Overview/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Add an objective' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Reach the people most at risk of retaliation within hours.')

  for (const [m, module] of MODULES.entries()) {
    await page.keyboard.press('Alt+Shift+M')
    await expect(page.getByLabel('Module title')).toBeFocused()
    await page.keyboard.type(module.title)
    await write(page, 'Narrative', module.narrative)
    await page.keyboard.press('Alt+Shift+I')
    await expect(page.getByLabel('Inject title')).toBeFocused()
    await page.keyboard.type(module.inject)
    await write(page, 'What the room learns', `${module.inject}: the room hears it now.`)
    await page.keyboard.press('Alt+Shift+Q')
    await page.keyboard.type('Who does what first, and who calls whom?')
    await page.keyboard.press('Alt+Shift+N')
    await expect(page.getByLabel('What the community will need')).toBeFocused()
    await page.keyboard.type(module.need)
    await tabTo(page, 'Category')
    await page.keyboard.type(module.category.split(' ')[0]!)
    await expect(page.getByLabel('Category')).toHaveValue(module.categoryId)
    await expect(outline.getByRole('treeitem', { name: new RegExp(`^Need ${m + 1}\\.1`) })).toContainText(module.need)
    if (m === 0) {
      // Not saved yet, yet nothing is lost: the draft is in the app's store, and a reload brings it back.
      await expect.poll(() => keptDraft(page, id)).toContain(module.need)
      await page.reload()
      await expect(outline.getByRole('treeitem', { name: /^Need 1\.1/ })).toContainText(module.need)
    }
  }
  await expect(outline.getByRole('treeitem')).toHaveCount(4 + MODULES.length * 4)
  await expect(page.getByText(/fields? need attention|problems? first/)).toHaveCount(0)

  // End in the outline chooses its last item; Ctrl+S saves from anywhere in the editor.
  await page.keyboard.press('Alt+Shift+O')
  await page.keyboard.press('End')
  await expect(outline.getByRole('treeitem', { selected: true })).toHaveText(/^Need 3\.1/)
  await page.keyboard.press('Control+S')
  await expect(page.getByRole('heading', { name: 'Shooting near the 79th Street Red Line stop in Chatham', level: 1 })).toBeVisible()
  for (const module of MODULES) await expect(page.getByRole('heading', { name: module.title })).toBeVisible({ timeout: 15_000 })
  expect(await keptDraft(page, id)).toBe('')

  await startSession(page, 'Shooting near the 79th Street Red Line stop in Chatham')
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_.getByRole('heading', { name: MODULES[0]!.title })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Gaps \(/ }).getByRole('heading').first()).toHaveText(/^Gaps \(\d of 1 need\)$/)
})

test('Save on a scenario with problems takes the outline to the first one, named by the format', async ({ app: page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await page.getByRole('button', { name: 'New blank scenario' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Half written')
  await page.keyboard.press('Alt+Shift+M')
  await page.keyboard.press('Alt+Shift+N')
  await page.keyboard.press('Control+S')
  await expect(page.getByText(/^Fix \d+ problems first/)).toBeVisible()
  const outline = page.getByRole('tree', { name: 'Scenario outline' })
  await expect(outline.getByRole('treeitem', { selected: true })).toHaveText(/^Overview/)
  await expect(outline.getByRole('treeitem', { name: /^Need 1\.1/ })).toContainText(/\d problems?/)
  // A category is chosen by its label; leaving it unchosen asks for a choice, never for an id.
  await outline.getByRole('treeitem', { name: /^Need 1\.1/ }).click()
  await expect(page.getByText('Choose a category from the list.')).toBeVisible()
  await expect(page.getByText(/category id/)).toHaveCount(0)
  // Remove the module with Delete in the outline; Undo brings it back.
  await outline.getByRole('treeitem', { name: /^Module 1/ }).click()
  await page.keyboard.press('Delete')
  await expect(page.getByText('Removed Module 1.')).toBeVisible()
  await expect(outline.getByRole('treeitem', { name: /^Module 1/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(outline.getByRole('treeitem', { name: /^Need 1\.1/ })).toBeVisible()
  // Cancel forgets a scenario that was never saved.
  await page.getByRole('button', { name: 'Cancel' }).first().click()
  await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Half written' })).toHaveCount(0)
})

test('the editor shows every variable as its label beside the text that holds it, and fits a laptop screen', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await page.getByRole('link', { name: /A fight at school dismissal/ }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  const outline = page.getByRole('tree', { name: 'Scenario outline' })
  await expect(outline).toBeVisible()
  await expect(outline).not.toContainText('${')
  await expect(page.getByText(/^Reads: At dismissal on a Thursday, a fight between students from two blocks breaks out outside \[The school\]/)).toBeVisible()
  await outline.getByRole('treeitem', { name: /^Module 1/ }).click()
  await expect(page.getByText(/^Reads: .*toward \[The street with the bus stop\]/)).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
})
