// A city's directory as published, imported the night before a session: its bad row skipped on
// purpose, its categories and area names mapped in one step, and one of its services closing a
// gap on the exercise map.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expectOnlyLoopback, test, expect } from './fixtures'
import { addResourceFromPanel, linkWithForm, PARK_SHOOTING, PARK_VARIABLES, sidePanel, startSession } from './session-steps'

const DIRECTORY = fileURLToPath(new URL('../fixtures/imports/westside-directory/', import.meta.url))
const FAMILY_NEED = 'Need: Reach the family of the young man who died within hours'

test('a directory as published is imported skipping its bad row, mapped in one step, and one of its services closes a gap on the map', async ({ app: page, requests }) => {
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible()
  const files = readdirSync(DIRECTORY).filter((name) => /\.(csv|json)$/.test(name))
  await page.getByTestId('inventory-file-input').setInputFiles(files.map((name) => DIRECTORY + name))
  const dialog = page.getByRole('dialog', { name: `Import ${files.length} files` })
  await expect(dialog.getByRole('heading', { name: /1 row cannot be imported/ })).toBeVisible({ timeout: 15_000 })
  await expect(dialog.getByRole('row').filter({ hasText: 'org-99' })).toContainText('organization_id')

  // Categories in one step: most come suggested from the services' own words…
  const interrupters = dialog.getByRole('row').filter({ hasText: 'Violence interrupters – overnight street team' })
  await expect(interrupters).toContainText('suggested')
  await expect(interrupters).toContainText('Suggested from “violence interrupters” in the name')
  await expect(dialog.getByLabel('Category for Despensa de alimentos')).toHaveValue('food-assistance')
  // …and the keyboard picks one per service name where needed; the choice applies at once.
  const family = dialog.getByLabel('Category for Family response after a homicide')
  await family.focus()
  await family.selectOption({ label: 'Family crisis response after a homicide' })
  await expect(dialog.getByRole('row').filter({ hasText: 'Family response after a homicide' })).toContainText('chosen')
  await expect(family).toBeFocused()
  // An area name that is no community area is placed by hand.
  await dialog.getByLabel('Community area for e garfield pk').selectOption({ label: '27. East Garfield Park' })
  await expect(dialog.getByRole('row').filter({ hasText: 'e garfield pk' })).toContainText('chosen')

  await dialog.getByRole('button', { name: 'Import the 13 good rows and skip 1' }).click()
  await expect(page.getByText(/^Imported 7 files: 13 new, 0 updated, 0 unchanged, 1 skipped\./)).toBeVisible()
  // Odd text is shown as typed.
  await page.getByLabel('Search').fill('Kolin')
  await expect(page.getByRole('table').getByText('<b>Kolin Avenue</b> Block Club (fictional)')).toBeVisible()

  // The session: the family need has a gap until the imported service covers it and its organization leads it.
  await startSession(page, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Ana Ortiz', 'Garfield Park Family Counseling Center (fictional)']] })
  const gaps = page.getByRole('region', { name: /^Gaps \(/ })
  await expect(gaps.getByRole('heading').first()).toHaveText('Gaps (4 of 4 needs)')
  await addResourceFromPanel(page, 'family response after', 'Family response after a homicide')
  await linkWithForm(page, 'Resource: Family response after a homicide', FAMILY_NEED)
  await linkWithForm(page, 'Organization: Garfield Park Family Counseling Center (fictional)', FAMILY_NEED)
  await sidePanel(page, 'Gaps')
  await expect(gaps.getByRole('heading').first()).toHaveText('Gaps (3 of 4 needs)')
  await expect(gaps.getByRole('listitem').filter({ hasText: 'Reach the family of the young man who died' })).toHaveCount(0)
  expectOnlyLoopback(requests)
})
