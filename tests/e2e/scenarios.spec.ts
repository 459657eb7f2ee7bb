import { expectOnlyLoopback, test, expect } from './fixtures'

test('finds the bundled case examples, filters them, and reads one module by module', async ({ app, page, requests }) => {
  await app.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Scenarios' }).click()
  await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible()
  const count = page.getByRole('status').filter({ hasText: /scenarios?$/ })
  await expect(count).toHaveText('5 scenarios')

  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' })
  await expect(count).toHaveText('1 scenario')
  await page.getByRole('link', { name: 'Plan de verano en La Villita: prevenir antes del aumento' }).click()
  const view = page.getByRole('article', { name: 'Plan de verano en La Villita: prevenir antes del aumento' })
  await expect(view).toHaveAttribute('lang', 'es')
  await expect(view.getByRole('heading', { name: 'Módulo 2: Junio y julio, las noches de fin de semana' })).toBeVisible()
  await expect(view.getByRole('row').filter({ hasText: 'Alcance callejero bilingüe' })).toContainText('Fri-Sat 21:00-02:00')

  // A reload keeps the scenario open; Back returns to the list.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible()
  await page.getByRole('button', { name: 'All scenarios' }).click()
  await page.getByLabel('Search').fill('vigil')
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Any language' })
  // A blank the session fills shows by its label, in the list and in the scenario.
  await page.getByRole('link', { name: 'Saturday night shooting near The park near the scene' }).click()
  const shooting = page.getByRole('article', { name: /Saturday night shooting near/ })
  await expect(shooting.locator('h1 .variable')).toHaveText('The park near the scene')
  await expect(shooting.getByRole('complementary', { name: 'Facilitator only' }).first()).toContainText('Ask who actually calls whom')
  await expect(shooting.getByRole('row').filter({ hasText: 'A safe place for the survivor' })).toContainText('Emergency relocation housing')
  expectOnlyLoopback(requests)
})
