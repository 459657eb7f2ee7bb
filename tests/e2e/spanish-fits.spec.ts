// On a 1366×768 laptop, in English and in Spanish (whose words run longer), the console's side
// panels hold a real session's long names, dates and addresses without sideways scroll, a note's
// words get the panel's width, a long session title can be read whole, and the service editor
// shows the category chosen without clipping it.
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { tabName, wordsOf, type Words } from './catalog-words'
import { test, expect } from './fixtures'
import { startSession } from './session-steps'
import { busySession, NOTES, PEOPLE, switchTo, TITLE } from './busy-session'

/**
 * Nothing in the container reaches past its right edge, so it has nothing to scroll sideways;
 * the elements that do are named, to say what to fix.
 */
async function expectNoSidewaysScroll(container: Locator, where: string): Promise<void> {
  const measured = await container.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const right = box.left + element.clientLeft + element.clientWidth
    const sticking = [...element.querySelectorAll('*')]
      .filter((child) => {
        const r = child.getBoundingClientRect()
        return r.width > 1 && r.right > right + 1
      })
      .map((child) => `${child.tagName.toLowerCase()}.${[...child.classList].join('.')} "${(child.textContent ?? '').trim().slice(0, 40)}" ends ${Math.round(child.getBoundingClientRect().right - right)}px past`)
    return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, sticking: sticking.slice(0, 5) }
  })
  // Soft: one run names every panel that does not fit.
  expect.soft(measured.sticking, `${where}: what reaches past the right edge`).toEqual([])
  expect.soft(measured.scrollWidth, `${where}: scrolls sideways`).toBeLessThanOrEqual(measured.clientWidth + 1)
}

/** The side panel's tab, opened by its name in the app's language. */
async function panel(page: Page, t: Words, key: Parameters<typeof tabName>[1]): Promise<Locator> {
  const tab = page.getByRole('tab', { name: tabName(t, key) })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  return page.getByRole('tabpanel', { name: tabName(t, key) })
}

for (const language of ['en', 'es'] as const) {
  const t = wordsOf(language)

  test(`in ${language === 'en' ? 'English' : 'Spanish'} at 1366×768 the console's side panels fit without sideways scroll, notes get the panel's width and a long title shows whole`, async ({ app: page }) => {
    await busySession(page)
    await switchTo(page, language)

    const actions = await panel(page, t, 'console.tab.actions')
    await expect(actions.getByRole('table')).toBeVisible()
    await expectNoSidewaysScroll(actions, 'Actions')
    await page.screenshot({ path: test.info().outputPath(`actions-${language}.png`) })

    const people = await panel(page, t, 'console.tab.people')
    await expect(people.getByRole('row').filter({ hasText: PEOPLE[0]!.name })).toBeVisible()
    await expectNoSidewaysScroll(people, 'Sign-in')
    await page.screenshot({ path: test.info().outputPath(`sign-in-${language}.png`) })

    const resources = await panel(page, t, 'console.tab.resources')
    await resources.getByLabel(t('addResource.search')).fill('fieldhouse')
    await expect(resources.locator('.resource-results li').first()).toBeVisible()
    await expectNoSidewaysScroll(resources, 'Resources')
    await page.screenshot({ path: test.info().outputPath(`resources-${language}.png`) })

    // A note's words take the panel's width, not a column between its kind, time and buttons.
    const notes = await panel(page, t, 'console.tab.notes')
    await expectNoSidewaysScroll(notes, 'Notes')
    const shares = await notes.locator('.entry').evaluateAll((entries) =>
      entries.map((entry) => {
        const text = entry.querySelector('.entry-text')!.getBoundingClientRect().width
        const style = getComputedStyle(entry)
        return text / (entry.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight))
      }),
    )
    expect(shares).toHaveLength(NOTES.length)
    for (const share of shares) expect.soft(share, 'Notes: the share of a note’s width its words have').toBeGreaterThanOrEqual(0.75)
    await page.screenshot({ path: test.info().outputPath(`notes-${language}.png`) })

    // A long title has the bar's top row to itself: whole, and nothing to focus.
    const title = page.getByRole('heading', { name: TITLE, level: 1 })
    expect(await title.evaluate((h) => h.scrollHeight <= h.clientHeight + 1 && h.scrollWidth <= h.clientWidth + 1), 'the title shows whole').toBe(true)
    await expect(title).not.toHaveAttribute('tabindex')
  })

  test(`in ${language === 'en' ? 'English' : 'Spanish'} the service editor shows the chosen category whole`, async ({ app: page }) => {
    await switchTo(page, language)
    await page.getByRole('button', { name: t('inventory.addService') }).click()
    const editor = page.getByRole('dialog', { name: t('inventory.service.addTitle') })
    const category = editor.getByLabel(t('inventory.field.category'), { exact: true })
    await category.selectOption({ label: t('category.information-line') })
    // As wide as the same choice needs when it sizes itself to its text alone.
    const { needed, has } = await category.evaluate((select: HTMLSelectElement) => {
      const alone = select.cloneNode(false) as HTMLSelectElement
      alone.append(select.selectedOptions[0]!.cloneNode(true))
      alone.style.width = 'auto'
      alone.style.minWidth = '0'
      alone.style.maxWidth = 'none'
      alone.style.flex = 'none'
      alone.style.position = 'absolute'
      alone.style.visibility = 'hidden'
      select.parentElement!.append(alone)
      const needed = alone.getBoundingClientRect().width
      alone.remove()
      return { needed, has: select.getBoundingClientRect().width }
    })
    expect(has).toBeGreaterThanOrEqual(needed - 1)
    await page.screenshot({ path: test.info().outputPath(`service-editor-${language}.png`) })
  })
}

/** As long as a scenario's title may be (200 characters). */
const LONGEST_TITLE = 'Saturday night shooting near Garfield Park Conservatory and the Golden Dome Field House, then the rumours online, the vigil and the funeral: a three-day tabletop for West Side partners and the city'

test('the longest title a session can have takes two lines of the console bar, and one cut short shows whole on hover and on focus', async ({ app: page }) => {
  const scenario = readFileSync(new URL('../fixtures/scenarios/many-needs.yaml', import.meta.url), 'utf8').replace(/^ {2}title: .*$/m, `  title: "${LONGEST_TITLE}"`)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await page.getByTestId('scenario-file-input').setInputFiles({ name: 'longest-title.yaml', mimeType: 'application/yaml', buffer: Buffer.from(scenario) })
  await expect(page.getByText('Imported 1 new, 0 updated, 0 unchanged.')).toBeVisible()
  await startSession(page, LONGEST_TITLE)
  await switchTo(page, 'es')
  const t = wordsOf('es')
  const bar = page.getByRole('region', { name: t('console.title') }).locator('.console-bar')
  const title = bar.getByRole('heading', { name: LONGEST_TITLE, level: 1 })
  const cut = (locator: Locator) => locator.evaluate((h) => h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1)
  const lines = () => title.evaluate((h) => Math.round(h.clientHeight / parseFloat(getComputedStyle(h).lineHeight)))

  // The title has a row of its own, not what the clock and the buttons leave: two lines at most.
  expect(await lines()).toBe(2)
  await page.screenshot({ path: test.info().outputPath('longest-title-es.png') })

  // A laptop zoomed to 200% (683 CSS pixels wide): two lines, cut short, and whole on focus.
  await page.setViewportSize({ width: 683, height: 384 })
  await expect.poll(() => cut(title)).toBe(true)
  expect(await lines()).toBe(2)
  const whole = bar.locator('.console-title-whole')
  await expect(whole).toBeHidden()
  // The whole title covers the cut one as soon as the pointer is on it (so no hover() and its check of what is on top).
  const box = (await title.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await expect(whole).toBeVisible()
  await page.mouse.move(300, 300)
  await expect(whole).toBeHidden()
  await bar.getByRole('button', { name: t('session.allSessions') }).focus()
  await page.keyboard.press('Tab')
  await expect(title).toBeFocused()
  await expect(whole).toBeVisible()
  await expect(whole).toHaveText(LONGEST_TITLE)
  expect(await cut(whole)).toBe(false)
  await page.screenshot({ path: test.info().outputPath('longest-title-focused-es.png') })
})
