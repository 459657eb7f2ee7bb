import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expectOnlyLoopback, test, expect } from './fixtures'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/inventory/${name}`, import.meta.url))

async function importFile(page: Page, path: string, name = path.split('/').pop()!): Promise<void> {
  await page.getByTestId('inventory-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: readFileSync(path) })
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: /services?$/ })

test('imports a CSV through the preview, filters it, edits a service, and finds the edit after a reload', async ({ app, page, requests }) => {
  await expect(app.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible()
  await expect(count(page)).toHaveText('123 services')

  await importFile(page, fixture('good.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import good.csv' })
  // The preview is read by a worker that starts for it: allow for a loaded machine.
  await expect(dialog.getByText('New', { exact: true }).locator('..')).toContainText('4', { timeout: 15_000 })
  await expect(dialog).toContainText('Nothing has been written yet')
  await dialog.getByRole('button', { name: 'Import 4 services' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByText('Imported good.csv: 4 new, 0 updated, 0 unchanged.')).toBeVisible()
  await expect(count(page)).toHaveText('127 services')

  // Filter: Spanish-speaking services in North Lawndale.
  await page.getByLabel('Area served').selectOption({ label: 'North Lawndale' })
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Spanish' })
  const table = page.getByRole('table')
  await expect(table.getByRole('button', { name: 'Trauma counseling for families' })).toBeVisible()
  await expect(table.getByRole('button', { name: 'Night outreach team' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Search').fill('peace walkers (fictional)')
  await expect(table.getByRole('rowheader')).toHaveText(['Night outreach team', 'Retaliation mediation'])

  // Edit: the mediation team can now take 8 cases a week.
  await table.getByRole('button', { name: 'Retaliation mediation' }).click()
  const editor = page.getByRole('dialog', { name: 'Edit Retaliation mediation' })
  await expect(editor.getByLabel('Capacity', { exact: true })).toHaveValue('6')
  await editor.getByLabel('Capacity', { exact: true }).fill('8')
  await editor.getByLabel('Hours', { exact: true }).fill('Fri-Sat 20:00-02:00; Sun 12:00-20:00')
  // Hours to start follow the response time's words until a number is typed.
  await editor.getByLabel('Response time').fill('within 3 days')
  await expect(editor.getByLabel('Hours to start')).toHaveValue('72')
  await editor.getByLabel('Hours to start').fill('60')
  await editor.getByLabel('Response time').fill('within 3 days, often sooner')
  await expect(editor.getByLabel('Hours to start')).toHaveValue('60')
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(editor).toHaveCount(0)
  await expect(page.getByText('Saved Retaliation mediation.')).toBeVisible()
  const mediationRow = (p: Page) => p.getByRole('table').getByRole('row').filter({ hasText: 'Retaliation mediation' })
  await expect(mediationRow(page)).toContainText('5 of 8 cases / week')

  await page.reload()
  await page.getByLabel('Search').fill('peace walkers (fictional)')
  await expect(mediationRow(page)).toContainText('5 of 8 cases / week')
  await expect(mediationRow(page)).toContainText('Fri-Sat 20:00-02:00; Sun 12:00-20:00')
  await mediationRow(page).getByRole('button', { name: 'Retaliation mediation' }).click()
  await expect(page.getByRole('dialog', { name: 'Edit Retaliation mediation' }).getByLabel('Hours to start')).toHaveValue('60')
  expectOnlyLoopback(requests)
})

test('shows every rejected row of a bad file, saves them to fix later, imports the good row only when asked, and undoes it', async ({ app, page }) => {
  await expect(count(page)).toHaveText('123 services')
  await importFile(app, fixture('bad-rows.csv'))
  const dialog = page.getByRole('dialog', { name: 'Import bad-rows.csv' })
  await expect(dialog.getByRole('heading', { name: /2 rows cannot be imported/ })).toBeVisible({ timeout: 15_000 })
  const problems = dialog.getByRole('table')
  await expect(problems.getByRole('row').filter({ hasText: '"Gotham" is not a Chicago community area' })).toContainText('community_areas')
  await expect(problems.getByRole('row').filter({ hasText: 'Klingon' })).toContainText('3')

  const [skipped] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the skipped rows as CSV' }).click()])
  expect(skipped.suggestedFilename()).toBe('bad-rows-skipped-rows.csv')
  const lines = readFileSync((await skipped.path())!, 'utf8').trim().split('\r\n')
  expect(lines).toHaveLength(3)
  expect(lines[0]).toMatch(/,skipped_because$/)

  // Cancel writes nothing.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(count(page)).toHaveText('123 services')

  await importFile(app, fixture('bad-rows.csv'))
  await page.getByRole('dialog', { name: 'Import bad-rows.csv' }).getByRole('button', { name: 'Import the 1 good row and skip 2' }).click()
  await expect(page.getByText('Imported bad-rows.csv: 1 new, 0 updated, 0 unchanged, 2 skipped.')).toBeVisible()
  await expect(count(page)).toHaveText('124 services')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Import of bad-rows.csv undone.')).toBeVisible()
  await expect(count(page)).toHaveText('123 services')

  await importFile(app, fixture('windows-1252.csv'))
  await expect(page.getByRole('alert').filter({ hasText: 'windows-1252.csv: the file is not UTF-8 text' })).toBeVisible()
  await expect(count(page)).toHaveText('123 services')
  // The same refusal in Spanish: the main side says it as a message, the app words it.
  await page.getByRole('group', { name: 'Language of the app' }).getByRole('button', { name: 'Español' }).click()
  await importFile(app, fixture('windows-1252.csv'))
  await expect(page.getByRole('alert').filter({ hasText: 'windows-1252.csv: el archivo no es texto UTF-8 (quizás se guardó como Windows-1252' })).toBeVisible()
})

test('in Spanish the editors name languages in Spanish and read Spanish names back', async ({ app: page }) => {
  await page.getByRole('group', { name: 'Language of the app' }).getByRole('button', { name: 'Español' }).click()
  await page.getByLabel('Buscar').fill('community crisis response team')
  await page.getByRole('table').getByRole('button', { name: 'Community crisis response team' }).click()
  const editor = page.getByRole('dialog', { name: 'Editar Community crisis response team' })
  const languages = editor.getByLabel('Idiomas')
  await expect(languages).toHaveValue(/^(inglés|español)(; (inglés|español))*$/)
  await languages.fill('Polaco; inglés; lengua de señas americana')
  await editor.getByRole('button', { name: 'Guardar los cambios' }).click()
  await expect(page.getByText('Se guardó Community crisis response team.')).toBeVisible()
  await page.getByRole('table').getByRole('button', { name: 'Community crisis response team' }).click()
  await expect(page.getByRole('dialog', { name: 'Editar Community crisis response team' }).getByLabel('Idiomas')).toHaveValue('polaco; inglés; lengua de señas americana')
})

test('validates the form as you type, and deletes with undo', async ({ app, page }) => {
  await app.getByRole('button', { name: 'Add service' }).click()
  const editor = page.getByRole('dialog', { name: 'Add a service' })
  await editor.getByRole('button', { name: 'Add service' }).click()
  await expect(editor.getByText('Give the service a name.')).toBeVisible()
  await expect(editor.getByText('Choose a category from the list.')).toBeVisible()
  await editor.getByLabel('Hours', { exact: true }).fill('sometimes')
  await expect(editor.getByText(/The hours "sometimes" is not/)).toBeVisible()
  await editor.getByLabel('Service name').fill('Late-night youth line')
  await editor.getByLabel('Organization').selectOption({ label: 'Englewood Peace Circle (sample)' })
  await editor.getByLabel('Category').selectOption({ label: 'Crisis line' })
  await editor.getByLabel('Community areas served').fill('Englewood; 67')
  await editor.getByLabel('Hours', { exact: true }).fill('Fri-Sat 22:00-04:00')
  await editor.getByLabel('Languages').fill('English; Español')
  await editor.getByRole('button', { name: 'Add service' }).click()
  await expect(page.getByText('Added Late-night youth line.')).toBeVisible()
  await expect(count(page)).toHaveText('124 services')

  await page.getByLabel('Search').fill('late-night youth')
  await page.getByRole('table').getByRole('button', { name: 'Late-night youth line' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('Deleted Late-night youth line.')).toBeVisible()
  await expect(page.getByText('No service matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Late-night youth line'])
})

test('imports the Open Referral HSDS example package and exports the inventory as HSDS and CSV', async ({ app, page }) => {
  const example = fileURLToPath(new URL('../fixtures/hsds-3.0-example/', import.meta.url))
  const files = readdirSync(example).filter((name) => name.endsWith('.csv') || name === 'datapackage.json')
  await app.getByTestId('inventory-file-input').setInputFiles(files.map((name) => example + name))
  const dialog = page.getByRole('dialog', { name: `Import ${files.length} files` })
  await expect(dialog.getByText('11 things could not be carried over exactly')).toBeVisible({ timeout: 15_000 })
  await expect(dialog.getByRole('heading', { name: /1 area name is not a community area/ })).toBeVisible()
  await expect(dialog.getByLabel(/^Community area for The service is available to all residents/)).toHaveValue('')
  await dialog.getByRole('button', { name: 'Import 1 service' }).click()
  await expect(count(page)).toHaveText('124 services')
  await page.getByLabel('Search').fill('community counselling')
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Community Counselling'])

  const [hsds] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export HSDS' }).click()])
  expect(hsds.suggestedFilename()).toMatch(/^roundtable-inventory-hsds-\d{4}-\d{2}-\d{2}\.zip$/)
  const zip = readFileSync((await hsds.path())!)
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  const text = readFileSync((await csv.path())!, 'utf8')
  expect(text.split('\r\n')[0]).toMatch(/^service_id,organization,organization_kind,/)
  expect(text).toContain('Community Counselling')
})

test('adds an organization, views it with its services, deletes it with undo, and removes the sample inventory', async ({ app, page }) => {
  await app.getByRole('button', { name: 'Add organization' }).click()
  const editor = page.getByRole('dialog', { name: 'Add an organization' })
  await editor.getByLabel('Organization name').fill('Austin Night Ministry')
  await editor.getByLabel('Kind').selectOption({ label: 'Faith' })
  await editor.getByLabel('Email').fill('not-an-email')
  await editor.getByRole('button', { name: 'Add organization' }).click()
  await expect(editor.getByText('Write an email address such as name@example.org.')).toBeVisible()
  await editor.getByLabel('Email').fill('night@austin.example.org')
  await editor.getByLabel('Community areas served').fill('Austin')
  await editor.getByRole('button', { name: 'Add organization' }).click()
  await expect(page.getByText('Added Austin Night Ministry.')).toBeVisible()
  const card = page.getByRole('region', { name: 'Organization: Austin Night Ministry' })
  await expect(card).toContainText('night@austin.example.org · 0 services')

  // The organization view lists its services: add one from here.
  await page.getByRole('button', { name: 'Add service' }).click()
  const service = page.getByRole('dialog', { name: 'Add a service' })
  await expect(service.getByLabel('Organization')).toHaveValue(/.+/)
  await service.getByLabel('Service name').fill('Church hall open late')
  await service.getByRole('button', { name: 'New…' }).click()
  await service.getByLabel('Name', { exact: true }).fill('Overnight warming space')
  await service.getByRole('button', { name: 'Add category' }).click()
  await expect(service.getByLabel('Category')).toHaveValue('overnight-warming-space')
  await service.getByLabel('Community areas served').fill('25')
  await service.getByRole('button', { name: 'Add service' }).click()
  await expect(card).toContainText(/· 1 service(?!s)/)
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Church hall open late' })).toContainText('Overnight warming space')

  await card.getByRole('button', { name: 'Edit organization' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete with its services' }).click()
  await expect(page.getByText('Deleted Austin Night Ministry and its 1 service.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Restored Austin Night Ministry.')).toBeVisible()

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByText('More').click()
  await page.getByRole('button', { name: 'Remove the sample inventory' }).click()
  await expect(page.getByText('Removed 123 sample services and 58 sample organizations.')).toBeVisible()
  await expect(count(page)).toHaveText('1 service')
})

test('going back to a filter already shown shows its services again, not "Loading…" for ever', async ({ app }) => {
  const filters = app.getByRole('search', { name: 'Filter the inventory' })
  const count = app.locator('.result-count')
  await expect(count).toHaveText('123 services')
  await filters.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Englewood Peace Circle (sample)' })
  await expect(count).not.toHaveText('123 services')
  await expect(count).not.toHaveText('Loading…')
  await filters.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Any organization' })
  await expect(count).toHaveText('123 services')
  await expect(app.getByRole('row').nth(1)).toBeVisible()
})
