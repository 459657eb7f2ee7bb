import { largeInventoryCsv } from '../../bench/inventory-fixture'
import { test, expect } from './fixtures'

test('handles 50,000 services: imports them, renders only the rows on screen, and reaches the last row', async ({ app, page }) => {
  test.setTimeout(120_000)
  await app.getByTestId('inventory-file-input').setInputFiles({
    name: 'fifty-thousand.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(largeInventoryCsv(50_000)),
  })
  // Reading 50,000 rows takes more than half a second: the worker says how far it has got.
  await expect(page.getByRole('dialog', { name: 'Reading fifty-thousand.csv' }).getByRole('progressbar')).toBeVisible({ timeout: 20_000 })
  const dialog = page.getByRole('dialog', { name: 'Import fifty-thousand.csv' })
  await expect(dialog.getByText('New', { exact: true }).locator('..')).toContainText('50,000', { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'Import 50,000 services' }).click()
  const count = page.getByRole('status').filter({ hasText: /services?$/ })
  await expect(count).toHaveText('50,123 services', { timeout: 30_000 })

  const table = page.getByRole('table')
  await expect(table).toHaveAttribute('aria-rowcount', '50124')
  expect(await page.locator('tbody tr').count()).toBeLessThan(120)

  await page.locator('.table-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  const lastRow = page.locator('tbody tr[aria-rowindex="50124"]')
  await expect(lastRow.getByRole('rowheader')).toBeVisible()
  await expect(lastRow).not.toContainText('Loading')
  expect(await page.locator('tbody tr').count()).toBeLessThan(120)

  await page.getByLabel('Area served').selectOption({ label: 'Englewood' })
  await page.getByLabel('Open', { exact: true }).selectOption({ label: 'Right now' })
  await expect(count).not.toHaveText('50,123 services')
  await expect(table.getByRole('rowheader').first()).toBeVisible()
})

test('reading a large file can be cancelled, and nothing is written', async ({ app, page }) => {
  test.setTimeout(60_000)
  const count = page.getByRole('status').filter({ hasText: /services?$/ })
  await expect(count).toHaveText('123 services')
  await app.getByTestId('inventory-file-input').setInputFiles({ name: 'fifty-thousand.csv', mimeType: 'text/csv', buffer: Buffer.from(largeInventoryCsv(50_000)) })
  const reading = page.getByRole('dialog', { name: 'Reading fifty-thousand.csv' })
  // Sending 10 MB takes a moment on a loaded machine; the dialog comes half a second after the reading starts.
  await expect(reading.getByRole('status')).toContainText(/Reading the files|Reading rows|Comparing with the inventory/, { timeout: 20_000 })
  await reading.getByRole('button', { name: 'Cancel' }).click()
  await expect(reading).toHaveCount(0)
  await expect(page.getByRole('dialog', { name: 'Import fifty-thousand.csv' })).toHaveCount(0)
  await expect(count).toHaveText('123 services')
  // Another file can be read at once: the cancelled one no longer holds the import.
  await app.getByTestId('inventory-file-input').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(largeInventoryCsv(3)) })
  await expect(page.getByRole('dialog', { name: 'Import small.csv' }).getByRole('button', { name: 'Import 3 services' })).toBeVisible()
})
