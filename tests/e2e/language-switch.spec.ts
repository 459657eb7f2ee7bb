// The sidebar's language switch: a bilingual room changes the app's language mid-session, at once,
// with a half-typed note kept; Settings shows the same choice, and it lasts a reload.
import { test, expect } from './fixtures'
import { startWithNote } from './session-steps'

test('switching to Español with a session running keeps what is being typed and what was said, and Settings agrees', async ({ app: page }) => {
  const { console_, capture } = await startWithNote(page, 'Outreach team is already at the corner')
  await capture.fill('The pastor offers the church hall for')
  const languages = page.getByRole('group', { name: 'Language of the app' })
  await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')

  await languages.getByRole('button', { name: 'Español' }).click()
  const consola = page.getByRole('region', { name: 'Consola' })
  await expect(consola).toBeVisible()
  await expect(page.getByRole('group', { name: 'Idioma de la aplicación' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
  await expect(consola.getByLabel('Lo que dijo el grupo')).toHaveValue('The pastor offers the church hall for')
  await expect(consola).toContainText('Outreach team is already at the corner')
  await expect(page.getByRole('tab', { name: /^Notas/ })).toBeVisible()
  await expect(console_).toHaveCount(0)

  // Settings shows the choice the switch made, and it is kept.
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Configuración' }).click()
  await expect(page.getByRole('radio', { name: 'Español', exact: true })).toBeChecked()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Español', exact: true })).toBeChecked()

  await page.getByRole('group', { name: 'Idioma de la aplicación' }).getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked()
})
