// What the room means, beyond capture: a theme's gap closed by picking a suggested service, a
// resource the inventory lacked added on the spot, a department named for a theme no category
// answers; the question queue reordered by keyboard and put on the projector, which shows it
// with the themes' counts and nothing facilitator-only; moderation hidden and undone.
import type { Page } from '@playwright/test'
import { test, expect, expectOnlyLoopback } from './fixtures'

async function planAndStart(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' }).click()
  await page.getByRole('button', { name: 'Plan a town hall' }).click()
  await page.getByLabel('Title').fill('Humboldt Park listening session')
  await page.getByLabel('Add a community area').selectOption({ label: 'Austin' })
  await page.getByRole('button', { name: 'Plan it' }).click()
  await page.getByRole('button', { name: 'Start the town hall' }).click()
  await expect(page.getByRole('listbox', { name: 'What the room said' })).toBeVisible()
  return page.url().split('/').at(-1)!
}

async function capture(page: Page, texts: string[], theme?: string): Promise<void> {
  const box = page.getByLabel('What was said')
  if (theme !== undefined) await page.getByLabel('Theme', { exact: true }).fill(theme)
  for (const text of texts) {
    await box.fill(text)
    await box.press('Enter')
  }
}

test('a theme’s gap closes with a picked or added resource, the queue is reordered by keyboard, and the projector shows only what the room may see', async ({ app: page, context, requests }) => {
  test.setTimeout(120_000)
  const id = await planAndStart(page)
  await capture(page, ['Kids need jobs this summer', 'When do summer job applications open?'], 'Youth and jobs')
  await capture(page, ['Why are there no buses after midnight?', 'Is the night bus coming back?'], 'Transit')
  await capture(page, ['The speaker at table 3 used a slur'], '')
  await expect(page.locator('.th-saved')).toHaveText('All saved')

  const themes = page.getByRole('tabpanel', { name: 'Themes' })
  const youth = themes.getByRole('listitem').filter({ hasText: 'Youth and jobs' })
  const transit = themes.getByRole('listitem').filter({ hasText: 'Transit' })
  await expect(youth).toContainText('Gap: no resource')
  await expect(transit).toContainText('Gap: no resource')

  // A suggested service answers the youth theme: its gap closes.
  await youth.getByRole('button', { name: 'Resources for Youth and jobs' }).click()
  const dialog = page.getByRole('dialog', { name: 'What answers “Youth and jobs”' })
  await dialog.getByRole('checkbox', { name: /Summer youth jobs placement/ }).check()
  await expect(dialog.getByRole('heading', { name: 'Resources for this theme (1)' })).toBeVisible()
  // One the inventory lacks, added on the spot.
  await dialog.getByLabel('Service', { exact: true }).fill('Park district teen jobs fair')
  await dialog.getByLabel('Organization', { exact: true }).fill('Chicago Park District (new)')
  await dialog.getByRole('button', { name: 'Add to the inventory' }).click()
  await expect(dialog.getByRole('heading', { name: 'Resources for this theme (2)' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(youth).not.toContainText('Gap')

  // Transit has no inventory category: a department is named for it.
  await transit.getByRole('button', { name: 'Resources for Transit' }).click()
  const transitDialog = page.getByRole('dialog', { name: 'What answers “Transit”' })
  await expect(transitDialog).toContainText('No inventory category answers this theme')
  await transitDialog.getByLabel('Department or organization', { exact: true }).fill('Department of Family and Support Services (sample)')
  await transitDialog.getByRole('button', { name: 'Name it' }).click()
  await expect(transitDialog.getByRole('heading', { name: 'Resources for this theme (1)' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(transit).not.toContainText('Gap')

  // The new service is in the inventory.
  const found = await page.evaluate(async () => {
    const response = await fetch('/api/inventory.listServices', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: 'teen jobs fair' }) })
    return ((await response.json()) as { value: { items: { name: string; organizationName: string; areaNumbers: number[] }[] } }).value.items
  })
  expect(found).toEqual([expect.objectContaining({ name: 'Park district teen jobs fair', organizationName: 'Chicago Park District (new)', areaNumbers: [25] })])

  // Filed by dragging: an item dropped on a theme goes under it.
  await capture(page, ['The corner of Chicago and Central is dark at night'], '')
  const lighting = themes.getByRole('listitem').filter({ hasText: 'Lighting and vacant lots' })
  await page.getByRole('option', { name: /dark at night/ }).dragTo(lighting)
  await expect(lighting.locator('.th-theme-count')).toHaveText('1')
  await expect(page.getByRole('option', { name: /dark at night/ })).toContainText('Lighting and vacant lots')

  // Found by a word, whatever its case or accents.
  await page.getByLabel('Find', { exact: true }).fill('NIGHT')
  await expect(page.getByText('3 shown')).toBeVisible()
  await page.getByLabel('Find', { exact: true }).fill('')
  await expect(page.getByText('6 shown')).toBeVisible()

  // Moderation: the slur is hidden (out of the counts), then Undo brings it back, then hidden again.
  const list = page.getByRole('listbox', { name: 'What the room said' })
  await page.keyboard.press('Alt+Shift+L')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  await expect(list.getByRole('option').nth(1)).toContainText('used a slur')
  await page.keyboard.press('h')
  await expect(page.getByText('5 shown')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('6 shown')).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByText('5 shown')).toBeVisible()

  // The queue: the last question moved to the top with Alt+↑, then put on screen.
  await page.getByRole('tab', { name: 'Questions (3)' }).click()
  const queue = page.getByRole('tabpanel', { name: 'Questions (3)' })
  const entries = queue.locator('.th-queue-text')
  await expect(entries).toHaveText(['When do summer job applications open?', 'Why are there no buses after midnight?', 'Is the night bus coming back?'])
  await entries.nth(2).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(entries).toHaveText(['Is the night bus coming back?', 'When do summer job applications open?', 'Why are there no buses after midnight?'])
  await queue.getByRole('button', { name: 'Put on screen' }).first().click()
  await expect(queue.getByRole('heading', { name: 'On screen now' })).toBeVisible()

  // The projector, at 1920×1080: the question being answered, the themes with counts, no hidden item.
  const projector = await context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.goto(page.url().replace(/#.*$/, `#/present-town-hall/${id}`))
  await expect(projector.getByRole('heading', { name: 'The panel is answering' })).toBeVisible()
  await expect(projector.locator('.th-presenter-question')).toHaveText('Is the night bus coming back?')
  await expect(projector.locator('.th-presenter-next')).toHaveText('2 more questions waiting')
  await expect(projector.getByRole('listitem').filter({ hasText: 'Youth and jobs' })).toContainText('2')
  await expect(projector.getByRole('listitem').filter({ hasText: 'Transit' })).toContainText('2')
  await expect(projector.locator('body')).not.toContainText('slur')
  const size = await projector.locator('.th-presenter-question').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(48)
  await projector.close()
  expectOnlyLoopback(requests)
})
