import { largeInventoryCsv } from '../../bench/inventory-fixture'
import { test, expect } from './fixtures'

test('handles 50,000 services: imports them, renders only the rows on screen, and reaches the last row', async ({ app, page }) => {
  test.setTimeout(120_000)
  await app.getByTestId('inventory-file-input').setInputFiles({
    name: 'fifty-thousand.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(largeInventoryCsv(50_000)),
  })
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
