// Backups from the settings screen: back up now, change something, restore the backup after
// reading what it holds, undo the restore; a file that is not a backup is refused by name.
import { expectOnlyLoopback, openAreas, test, expect } from './fixtures'
import { expectNoAxeViolations } from './axe'
import type { Page } from '@playwright/test'

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Backups', level: 2 })).toBeVisible()
}

async function expectAustinFocus(page: Page, pressed: boolean): Promise<void> {
  await openAreas(page)
  await page.getByLabel('Search by name or number').fill('austin')
  await expect(page.getByRole('button', { name: 'Focus area: Austin' })).toHaveAttribute('aria-pressed', String(pressed))
}

test('back up now, restore after reading what the backup holds, and undo the restore', async ({ app: page, requests }) => {
  await openSettings(page)
  await expect(page.getByText('No backups yet.')).toBeVisible()
  await expect(page.getByText(/does not encrypt its data file/)).toBeVisible()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.filter({ hasText: 'By hand' })).toHaveCount(1)
  await expectNoAxeViolations(page, 'backups')

  // A change after the backup: Austin becomes a focus area.
  await expectAustinFocus(page, false)
  await page.getByRole('button', { name: 'Focus area: Austin' }).click()
  await expect(page.getByRole('button', { name: 'Focus area: Austin' })).toHaveAttribute('aria-pressed', 'true')

  await openSettings(page)
  await rows.filter({ hasText: 'By hand' }).getByRole('button', { name: /^Restore the backup of/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText(/holds 1 session, 1 town hall, \d+ scenarios, \d+ organizations and \d+ services/)
  await expect(dialog).toContainText('kept as a backup first')
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible()
  await expect(rows.filter({ hasText: 'Before a restore' })).toHaveCount(1)
  await expectAustinFocus(page, false)

  await openSettings(page)
  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible()
  await expectAustinFocus(page, true)
  expectOnlyLoopback(requests)
})

test('a file that is not a Roundtable backup is refused by name, and nothing changes', async ({ app: page }) => {
  await openSettings(page)
  await page.getByTestId('backup-file-input').setInputFiles({ name: 'holiday-photos.db', mimeType: 'application/octet-stream', buffer: Buffer.from('not a database') })
  await expect(page.getByRole('status').filter({ hasText: 'holiday-photos.db is not a Roundtable backup' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByText('No backups yet.')).toBeVisible()
})
