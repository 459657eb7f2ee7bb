// The app's colours: dark when the computer is set to dark (prefers-color-scheme, as Playwright
// emulates it), light or dark by hand in Settings, applied at once and kept across a reload; the
// presenter's own projector theme and language, apart from the console's.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { HEAT_WAVE, startSession } from './session-steps'

/** The window's theme and the colour its page is painted in. */
async function painted(page: Page): Promise<{ theme: string | undefined; background: string; scheme: string }> {
  return page.evaluate(() => {
    const root = document.documentElement
    return { theme: root.dataset.theme, background: getComputedStyle(document.body.parentElement!).backgroundColor, scheme: getComputedStyle(root).colorScheme }
  })
}

const LIGHT_PAPER = 'rgb(248, 246, 241)'
const DARK_PAPER = 'rgb(19, 23, 30)'

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
}

test.describe('on a computer set to dark', () => {
  test.use({ colorScheme: 'dark' })

  test('the app is dark from the first screen, and follows the computer when it turns light', async ({ app: page }) => {
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    expect(await painted(page)).toEqual({ theme: 'dark', background: DARK_PAPER, scheme: 'dark' })
    await openSettings(page)
    await expect(page.getByRole('radio', { name: 'As this computer is set (dark)' })).toBeChecked()

    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => painted(page)).toEqual({ theme: 'light', background: LIGHT_PAPER, scheme: 'light' })
    await expect(page.getByRole('radio', { name: 'As this computer is set (light)' })).toBeChecked()
  })
})

test('colours chosen by hand override the computer’s, at once and after a reload; "as this computer is set" follows it again', async ({ app: page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openSettings(page)
  await page.getByRole('radio', { name: 'Dark', exact: true }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Saved: the app uses dark colours now.' })).toBeVisible()
  expect(await painted(page)).toEqual({ theme: 'dark', background: DARK_PAPER, scheme: 'dark' })

  await page.reload()
  await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked()
  expect(await painted(page)).toEqual({ theme: 'dark', background: DARK_PAPER, scheme: 'dark' })

  // Light by hand stays light when the computer turns dark.
  await page.getByRole('radio', { name: 'Light', exact: true }).check()
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => painted(page)).toEqual({ theme: 'light', background: LIGHT_PAPER, scheme: 'light' })
  await page.getByRole('radio', { name: 'As this computer is set (dark)' }).check()
  await expect.poll(() => painted(page)).toEqual({ theme: 'dark', background: DARK_PAPER, scheme: 'dark' })
  await page.reload()
  await expect(page.getByRole('radio', { name: 'As this computer is set (dark)' })).toBeChecked()
  expect(await painted(page)).toEqual({ theme: 'dark', background: DARK_PAPER, scheme: 'dark' })
})

test('the presenter wears the projector theme and speaks Spanish while the console stays English, both kept for the next time', async ({ app: page, context }) => {
  await startSession(page, HEAT_WAVE)
  await page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Reveal next inject/ }).click()
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Presenter view' }).click()])
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  const view = presenter.getByRole('main', { name: 'Presenter view' })
  await expect(view.getByRole('heading', { level: 1 })).toBeVisible()

  // From the keyboard: the projector theme, then Spanish for the room.
  const display = view.getByRole('group', { name: 'Presenter display' })
  await display.getByRole('checkbox', { name: 'High contrast for a projector' }).focus()
  await presenter.keyboard.press('Space')
  await expect.poll(() => painted(presenter)).toEqual({ theme: 'projector', background: 'rgb(0, 0, 0)', scheme: 'dark' })
  await display.getByLabel('Language on screen').selectOption('es')
  const vista = presenter.getByRole('main', { name: 'Vista para proyectar' })
  await expect(vista.getByRole('region', { name: 'Novedad actual' })).toBeVisible()
  expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('es')
  // The scenario's own text stays in English, and says so.
  await expect(vista.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
  await expect(vista.locator('.presenter-text')).toHaveAttribute('lang', 'en')
  // So does who sent the inject, inside the presenter's Spanish line, and the needs' names on the map beside their Spanish kind.
  await expect(vista.locator('.presenter-from')).toHaveText('De parte de Emergency management')
  await expect(vista.locator('.presenter-from [lang="en"]')).toHaveText('Emergency management')
  const needNames = vista.locator('.react-flow__node-need strong')
  await expect(needNames.first()).toBeVisible()
  for (const name of await needNames.all()) await expect(name).toHaveAttribute('lang', 'en')
  await expect(vista.locator('.react-flow__node-need .map-kind').first()).toContainText('Necesidad')
  await expect(vista.locator('.react-flow__node-need .map-kind[lang]')).toHaveCount(0)

  // Body text at 28 px or more at 1920×1080; headings larger.
  const px = (selector: string) => vista.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(await px('.presenter-text')).toBeGreaterThanOrEqual(28)
  expect(await px('.presenter-gaps')).toBeGreaterThanOrEqual(28)
  expect(await px('.presenter-gap-list strong')).toBeGreaterThanOrEqual(28)
  expect(await px('h1')).toBeGreaterThan(await px('.presenter-text'))

  // The facilitator's screen, at the same time: English, in its own colours.
  await expect(page.getByRole('region', { name: 'Console' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  expect((await painted(page)).theme).toBe('light')

  // Both kept: the presenter opened again comes back as chosen; the console reloaded stays English.
  // Its controls show what start-up read and applied: the settings are read once.
  const settingsRead: string[] = []
  presenter.on('request', (request) => void (new URL(request.url()).pathname === '/api/app.settings' && settingsRead.push(request.url())))
  await presenter.reload()
  await expect(presenter.getByRole('main', { name: 'Vista para proyectar' }).getByRole('group', { name: 'Pantalla del proyector' }).getByRole('checkbox', { name: 'Alto contraste para proyector' })).toBeChecked()
  await expect(presenter.getByLabel('Idioma en pantalla')).toHaveValue('es')
  expect(settingsRead).toHaveLength(1)
  expect((await painted(presenter)).theme).toBe('projector')
  await page.reload()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  expect((await painted(page)).theme).toBe('light')
})

test('the town hall’s presenter offers the same choices, in 28 px type or more on the projector', async ({ app: page, context }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Town halls' }).click()
  await page.getByRole('button', { name: 'Plan a town hall' }).click()
  await page.getByLabel('Title').fill('Ward 12 safety town hall')
  await page.getByLabel('Add a community area').selectOption({ label: 'Austin' })
  await page.getByLabel('Place', { exact: true }).fill('St. Martin church basement')
  await page.getByRole('button', { name: 'Plan it' }).click()
  await page.getByRole('button', { name: 'Start the town hall' }).click()
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Presenter' }).click()])
  await presenter.setViewportSize({ width: 1920, height: 1080 })
  await expect(presenter.getByRole('heading', { name: 'Ward 12 safety town hall', level: 1 })).toBeVisible()
  await presenter.getByRole('checkbox', { name: 'High contrast for a projector' }).check()
  await presenter.getByLabel('Language on screen').selectOption('es')
  await expect.poll(() => painted(presenter)).toMatchObject({ theme: 'projector', background: 'rgb(0, 0, 0)' })
  const waiting = presenter.locator('.th-presenter-waiting').first()
  await expect(waiting).toBeVisible()
  expect(await waiting.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28)
  expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('es')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
})
