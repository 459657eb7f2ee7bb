// The language of the app: chosen in Settings, applied at once, kept across a reload; "as this
// computer is set" follows the browser's language.
import { test, expect } from './fixtures'
import { expectNoAxeViolations } from './axe'

test('the app speaks Spanish once chosen, at once and after a reload, with what was typed kept; back to English as chosen', async ({ app: page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByRole('radio', { name: /^As this computer is set \(English\)$/ })).toBeChecked()
  await expectNoAxeViolations(page, 'settings')

  await page.getByRole('radio', { name: 'Español', exact: true }).check()
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible()
  await expect(page.getByText('Guardado: la aplicación ahora habla español.')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Escenarios' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
  await expectNoAxeViolations(page, 'settings in Spanish')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Español', exact: true })).toBeChecked()
  // Screens in Spanish: the sessions list and its example, then the scenario editor's outline.
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Sesiones' }).click()
  await expect(page.getByRole('heading', { name: 'Sesiones', level: 1 })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Registrados' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Ejemplo' })).toContainText('Terminada')
  await expectNoAxeViolations(page, 'sessions in Spanish')
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Escenarios' }).click()
  await page.getByRole('button', { name: 'Nuevo escenario en blanco' }).click()
  await expect(page.getByRole('tree', { name: 'Esquema del escenario' }).getByRole('treeitem', { name: /^Visión general/ })).toBeVisible()
  await page.getByLabel('Título', { exact: true }).fill('Asamblea en La Villita')

  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Configuración' }).click()
  await page.getByRole('radio', { name: 'English', exact: true }).check()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.goBack()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Asamblea en La Villita')
})

test.describe('on a computer set to Spanish', () => {
  test.use({ locale: 'es-US' })
  test('"as this computer is set" speaks Spanish from the first screen', async ({ app: page }) => {
    await expect(page.getByRole('navigation', { name: 'Secciones' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Configuración' }).click()
    await expect(page.getByRole('radio', { name: 'Como está configurada esta computadora (Español)' })).toBeChecked()
  })

  test('a scenario’s toolbar speaks the app’s language, the scenario its own', async ({ app: page }) => {
    await page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: 'Escenarios' }).click()
    const scenarioFilters = page.getByRole('search', { name: 'Filtrar los escenarios' })
    await expect(scenarioFilters.getByLabel('Tipo')).toHaveValue('')
    await expect(scenarioFilters.getByLabel('Idioma').locator('option').first()).toHaveText('Cualquier idioma')
    await page.getByRole('link', { name: /dismissal/i }).first().click()
    await expect(page.getByRole('button', { name: 'Todos los escenarios' })).toBeVisible()
    for (const name of ['Editar', 'Manual de la situación…', 'Duplicar', 'Exportar', 'Quitar']) await expect(page.getByRole('button', { name })).toBeVisible()
    await expect(page.getByText('Un caso de ejemplo que viene con Roundtable.', { exact: false })).toHaveAttribute('lang', 'es')
    await expect(page.locator('article.scenario-view')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { name: 'Objetivos' })).toHaveAttribute('lang', 'es')
  })

  test('the inventory’s own buttons and its import speak Spanish', async ({ app: page }) => {
    await expect(page.getByRole('heading', { name: 'Inventario', level: 1 })).toBeVisible()
    for (const name of ['Agregar servicio', 'Agregar organización', 'Importar…', 'Exportar CSV', 'Exportar HSDS']) await expect(page.getByRole('button', { name })).toBeVisible()
    const filters = page.getByRole('search', { name: 'Filtrar el inventario' })
    await expect(filters.getByLabel('Buscar')).toHaveAttribute('placeholder', 'Servicio, organización, descripción')
    await expect(filters.getByLabel('Área que atiende').locator('option').first()).toHaveText('Cualquier área')
    await page.getByRole('button', { name: 'Agregar servicio' }).click()
    const editor = page.getByRole('dialog', { name: 'Agregar un servicio' })
    await expect(editor.getByLabel('Nombre del servicio')).toBeVisible()
    await editor.getByRole('button', { name: 'Cerrar' }).click()
    await page.getByTestId('inventory-file-input').setInputFiles({
      name: 'dos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('organization,organization_kind,service,category,community_areas,schedule,languages\nIglesia (ficticia),faith,Vigilia,crisis-response,68,on call,es\nIglesia (ficticia),faith,,crisis-response,68,on call,es\n'),
    })
    const dialog = page.getByRole('dialog', { name: 'Importar dos.csv' })
    await expect(dialog.getByRole('heading', { name: /1 fila no se puede importar/ })).toBeVisible({ timeout: 15_000 })
    await dialog.getByRole('button', { name: 'Importar la fila válida y omitir 1' }).click()
    await expect(page.getByText('Se importó dos.csv: 1 nuevos, 0 actualizados, 0 sin cambios, 1 omitidos.')).toBeVisible()
  })
})
