// The console on one laptop screen, and a finish that asks first and can be undone.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PARK_SHOOTING, PARK_VARIABLES, sidePanel, startSession, startWithNote } from './session-steps'

/** Wholly inside the window, as a facilitator sees it without scrolling. */
async function expectInView(page: Page, locator: Locator): Promise<void> {
  const box = (await locator.boundingBox())!
  const { width, height } = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5)
  expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5)
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`at ${width}×${height} the inject, the map, the gap list and the capture box are on screen together, with no page scroll`, async ({ app, page }) => {
    await page.setViewportSize({ width: width!, height: height! })
    await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })
    const console_ = page.getByRole('region', { name: 'Console' })
    await console_.getByRole('button', { name: /^Reveal next inject/ }).click()
    await console_.getByRole('button', { name: /^Reveal next inject/ }).click()

    await expectInView(page, console_.getByRole('heading', { name: /^Module 1/ }))
    // The inject just revealed is kept in view.
    await expectInView(page, console_.locator('.inject').last().locator('.inject-head'))
    await expectInView(page, page.getByRole('region', { name: 'Map' }).locator('.react-flow__renderer'))
    const gaps = page.getByRole('region', { name: /^Gaps \(/ })
    await expectInView(page, gaps.getByRole('heading').first())
    await expectInView(page, gaps.getByRole('listitem').first())
    await expectInView(page, console_.getByLabel('What the room said'))
    await expectInView(page, console_.getByRole('button', { name: /^Undo reveal/ }))
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true)
    await page.screenshot({ path: test.info().outputPath(`console-${width}x${height}.png`) })
  })
}

test('Finish asks first with what is still open, makes the session read-only, and Reopen undoes it', async ({ app, page }) => {
  const { console_, capture } = await startWithNote(app, 'Outreach on scene at 10:50')

  await console_.getByRole('button', { name: 'Finish' }).click()
  const dialog = page.getByRole('dialog', { name: 'Finish the session?' })
  await expect(dialog).toContainText('Gaps in 4 of 4 needs reached so far')
  await expect(dialog).toContainText('No action items yet')
  await expect(dialog).toContainText('4 of 4 objectives not rated yet:')
  await expect(dialog).toContainText('1 note, decision or observation captured')
  // Changing one's mind keeps the session running.
  await dialog.getByRole('button', { name: 'Keep going' }).click()
  await expect(console_.getByText('Running', { exact: true })).toBeVisible()

  await console_.getByRole('button', { name: 'Finish' }).click()
  await page.getByRole('dialog', { name: 'Finish the session?' }).getByRole('button', { name: 'Finish the session' }).click()
  await expect(console_.getByText('Finished', { exact: true })).toBeVisible()
  await expect(console_.getByText(/^This session is finished/)).toBeVisible()
  await expect(capture).toBeDisabled()
  await expect(console_.getByRole('button', { name: /^Reveal next inject/ })).toBeDisabled()
  await expect(console_.getByRole('button', { name: /^Undo/ })).toBeDisabled()
  await expect((await sidePanel(page, 'Notes')).getByRole('button', { name: 'Edit this note' })).toBeDisabled()
  await expect((await sidePanel(page, 'Sign-in')).getByRole('form', { name: 'Sign someone in' })).toHaveCount(0)

  // Still read-only after a reload; Reopen gives it back.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Console' }).getByLabel('What the room said')).toBeDisabled()
  await page.getByRole('region', { name: 'Console' }).getByRole('button', { name: 'Reopen' }).click()
  await expect(page.getByRole('region', { name: 'Console' }).getByText('Paused', { exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Console' }).getByLabel('What the room said')).toBeEnabled()
  await page.getByRole('region', { name: 'Console' }).getByLabel('What the room said').fill('Reopened to add this')
  await page.getByRole('region', { name: 'Console' }).getByLabel('What the room said').press('Enter')
  await expect((await sidePanel(page, 'Notes')).getByRole('listitem')).toHaveCount(2)
})

test('the legend, the zoom controls and the overview never lie on an item of the fitted map', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })
  const map = page.getByRole('region', { name: 'Map' })
  await expect(map.locator('.react-flow__minimap')).toHaveCount(0)
  await map.getByRole('button', { name: 'Show or hide the overview of the whole map' }).click()
  await expect(map.locator('.react-flow__minimap')).toBeVisible()
  await map.getByRole('button', { name: 'Arrange' }).click()
  await expect(page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo arrange the map/ })).toBeVisible()
  const rect = (locator: Locator) => locator.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  await expect(async () => {
    const nodes = await rect(map.locator('.react-flow__node'))
    const chrome = [...(await rect(map.locator('.react-flow__minimap'))), ...(await rect(map.locator('.react-flow__controls'))), ...(await rect(map.locator('.map-legend')))]
    expect(nodes.length).toBeGreaterThan(0)
    for (const n of nodes) for (const c of chrome) expect(n.right <= c.left || c.right <= n.left || n.bottom <= c.top || c.bottom <= n.top).toBe(true)
  }).toPass({ timeout: 5000 })
})
