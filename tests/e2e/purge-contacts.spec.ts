// Purge contacts: a session's contacts out of the data for good, from its sign-in sheet. (The
// backups that still hold them are named: tests/main/services/sessions/purge-contacts.test.ts.)
import { test, expect } from './fixtures'
import { PARK_SHOOTING } from './session-steps'
import { expectNoAxeViolations } from './axe'

test('purges the contacts of a session after a warning; a backup older than the session is not named', async ({ app: page }) => {
  // A backup holding nothing yet of this session's people, then the session.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'New session' }).click()
  const plan = page.getByRole('dialog', { name: 'New session' })
  await plan.getByLabel('Scenario').selectOption({ label: PARK_SHOOTING })
  await plan.getByLabel('Date').fill('2026-12-05')
  await plan.getByLabel('The park near the scene').fill('Garfield Park')
  await plan.getByRole('button', { name: 'Plan the session' }).click()
  const form = page.getByRole('form', { name: 'Sign someone in' })
  await form.getByLabel('Name').fill('Andre Wallace')
  await form.getByLabel('Contact (optional)').fill('(312) 555-0142')
  await form.getByLabel('They agree we keep this contact').check()
  await form.getByRole('button', { name: 'Sign in' }).click()
  const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Andre Wallace' })
  await expect(row).toContainText('(312) 555-0142')

  await page.getByRole('button', { name: 'Purge contacts…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Purge this session’s contacts?' })
  await expect(dialog).toContainText('It cannot be undone.')
  await expectNoAxeViolations(page, 'purge contacts dialog', { include: 'dialog[open]' })
  await dialog.getByRole('button', { name: 'Purge contacts' }).click()
  await expect(dialog.getByRole('status')).toContainText('Purged: the contact of 1 person and no points of contact.')
  // The only backup was made before the session: it cannot hold its contacts.
  await expect(dialog.getByRole('status')).toContainText('No backup holds them.')
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(row).not.toContainText('555-0142')
  await page.reload()
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Andre Wallace' })).not.toContainText('555-0142')
})
