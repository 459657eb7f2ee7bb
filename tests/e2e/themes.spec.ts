// The app's colours: dark when the computer is set to dark (prefers-color-scheme, as Playwright
// emulates it), light or dark by hand in Settings, applied at once and kept across a reload; the
// presenter's own projector theme and language, apart from the console's.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

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
