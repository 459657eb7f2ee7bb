import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectOnlyLoopback, openAreas, startServe, test, expect, recordCspViolations } from './fixtures'
import { expectNoAxeViolations } from './axe'

test('tells the facilitator where an unreadable data file was moved, and starts fresh', async ({ page, dataDir }) => {
  writeFileSync(join(dataDir, 'roundtable.db'), 'this is a spreadsheet, not a database')
  const serve = await startServe(dataDir)
  try {
    await page.goto(serve.url)
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' })
    await expect(alert).toBeVisible()
    await openAreas(page)
    await expect(alert).toContainText('it is not a SQLite database')
    await expect(alert).toContainText(join(dataDir, 'roundtable.unreadable-'))
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 77 of 77 · 4 focus areas')
    await alert.getByRole('button', { name: 'Dismiss this message' }).click()
    await expect(alert).toHaveCount(0)
  } finally {
    await serve.stop()
  }
})

test('has no accessibility problems and no CSP violations', async ({ app, page, requests }) => {
  const violations = await recordCspViolations(page)
  const loaded: Record<string, () => Promise<void>> = {
    Inventory: () => expect(app.getByRole('table').getByRole('row').nth(2)).toBeVisible(),
    Scenarios: () => expect(app.getByRole('article').first()).toBeVisible(),
    Sessions: () => expect(app.getByRole('row').filter({ hasText: 'Example' })).toBeVisible(),
    'Community areas': () => expect(app.getByRole('table').getByRole('row').nth(2)).toBeVisible(),
  }
  for (const [screen, isLoaded] of Object.entries(loaded)) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: screen }).click()
    await expect(app.getByRole('heading', { name: screen, level: 1 })).toBeVisible()
    await isLoaded()
    await expectNoAxeViolations(page, screen)
  }
  // The reading view of a scenario too.
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await app.getByRole('link', { name: /Saturday night shooting/ }).click()
  await expect(app.getByRole('heading', { name: 'Objectives' })).toBeVisible()
  await expectNoAxeViolations(page, 'scenario reading view')
  expect(violations).toEqual([])
  expectOnlyLoopback(requests)
})

for (const size of [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
]) {
  test(`reads at ${size.name} size (${size.width}×${size.height}) without sideways scrolling`, async ({ app, page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    await expect(app.getByRole('table').getByRole('row').nth(2)).toBeVisible()
    await expect(page.getByText('Saved on this computer')).toBeVisible()
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    const fontPx = (selector: string) => page.evaluate((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize), selector)
    expect(await fontPx('tbody th')).toBeGreaterThanOrEqual(size.name === 'projector' ? 18 : 15.5)
    await page.screenshot({ path: testInfo.outputPath(`inventory-${size.name}.png`) })

    await openAreas(app)
    await expect(app.getByRole('rowheader', { name: 'Rogers Park' })).toBeVisible()
    expect(await overflow()).toBeLessThanOrEqual(0)
    expect(await fontPx('tbody th')).toBeGreaterThanOrEqual(size.name === 'projector' ? 20 : 18)
    await page.screenshot({ path: testInfo.outputPath(`areas-${size.name}.png`) })
  })
}
