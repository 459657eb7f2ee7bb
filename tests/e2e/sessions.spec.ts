import { expectOnlyLoopback, test, expect } from './fixtures'
import { PARK_SHOOTING } from './session-steps'

test('plans a session from a scenario, signs people in, starts, pauses and resumes it', async ({ app, page, requests }) => {
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  // Only the finished example that ships with the app, until a session is planned.
  await expect(page.getByRole('row').filter({ hasText: 'Example' })).toContainText('A fight at school dismissal, and a video that spreads')
  await expect(page.getByRole('status').filter({ hasText: /sessions?$/ })).toHaveText('1 session')
  await page.getByRole('button', { name: 'New session' }).click()
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await dialog.getByLabel('Scenario').selectOption({ label: PARK_SHOOTING })
  await expect(dialog.getByLabel('Community area')).toHaveValue('26')
  await dialog.getByLabel('Date').fill('2026-12-05')
  await dialog.getByLabel('Place').fill('Church basement on Madison')
  await dialog.getByLabel('Facilitator').fill('Dana Reyes')
  await dialog.getByLabel('The park near the scene').fill('Garfield Park')
  await dialog.getByRole('button', { name: 'Plan the session' }).click()
  await expect(page.getByRole('heading', { name: 'Saturday night shooting near Garfield Park', level: 1 })).toBeVisible()

  const form = page.getByRole('form', { name: 'Sign someone in' })
  await form.getByLabel('Name').fill('Andre Wallace')
  await form.getByLabel('Organization', { exact: true }).selectOption({ label: 'Lawndale Street Light Collective (sample)' })
  await form.getByLabel('Contact (optional)').fill('(312) 555-0142')
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(form.getByRole('alert')).toContainText('Keep a contact only with the person’s consent')
  await form.getByLabel('They agree we keep this contact').check()
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Signed in Andre Wallace.')).toBeVisible()

  await form.getByLabel('Name').fill('Rev. Ada Lee')
  await form.getByLabel('Organization', { exact: true }).selectOption({ label: 'A new organization…' })
  await form.getByLabel('New organization’s name').fill('Austin Night Ministry')
  await form.getByLabel('Kind').selectOption({ label: 'Faith' })
  await form.getByRole('button', { name: 'Sign in' }).click()
  const signIn = page.getByRole('table')
  await expect(signIn.getByRole('row').filter({ hasText: 'Rev. Ada Lee' })).toContainText('Austin Night Ministry')
  await expect(signIn.getByRole('row').filter({ hasText: 'Andre Wallace' })).toContainText('(312) 555-0142')

  await page.getByRole('button', { name: 'Start' }).click()
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_.getByText('Running', { exact: true })).toBeVisible()
  await console_.getByRole('button', { name: 'Pause' }).click()
  await expect(console_.getByText('Paused', { exact: true })).toBeVisible()
  await console_.getByRole('button', { name: 'All sessions' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Saturday night shooting near Garfield Park' })
  await expect(row).toContainText('Paused')
  await expect(row).toContainText('2')
  await row.getByRole('button', { name: /^Resume/ }).click()
  await console_.getByRole('button', { name: 'Resume' }).click()
  await expect(console_.getByText('Running', { exact: true })).toBeVisible()
  // The sign-in sheet is one shortcut away while the session runs.
  await page.keyboard.press('Alt+Shift+P')
  await expect(page.getByRole('tabpanel', { name: /^Sign-in/ }).getByRole('row').filter({ hasText: 'Rev. Ada Lee' })).toBeVisible()
  expectOnlyLoopback(requests)
})

test('planning waits for the chosen scenario to be read, even when reading it is slow', async ({ app, page }) => {
  // Hold the scenario's answer back so "Plan the session" is pressed before its area is known.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/scenarios.get', async (route) => {
    await held
    await route.continue()
  })
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'New session' }).click()
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await dialog.getByLabel('Scenario').selectOption({ label: PARK_SHOOTING })
  const plan = dialog.getByRole('button', { name: 'Plan the session' })
  await expect(plan).toBeDisabled()
  release()
  await expect(dialog.getByLabel('Community area')).toHaveValue('26')
  await plan.click()
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
