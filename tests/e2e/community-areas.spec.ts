import { expectOnlyLoopback, openAreas, startServe, test, expect } from './fixtures'
import { expectNoAxeViolations } from './axe'

test('search the areas, star a focus area, and find it kept after a reload and a restart', async ({
  app,
  serve,
  requests,
  page,
}) => {
  await openAreas(app)
  await expect(page.getByRole('heading', { name: 'Community areas', level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 77 of 77 · 4 focus areas')

  const search = app.getByLabel('Search by name or number')
  await search.fill('little village')
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(page.getByRole('rowheader')).toHaveText(['South Lawndale'])

  await search.fill('austin')
  await expect(page.getByRole('rowheader')).toHaveText(['Austin'])
  const austin = page.getByRole('button', { name: 'Focus area: Austin' })
  await expect(austin).toHaveAttribute('aria-pressed', 'false')
  await austin.click()
  await expect(austin).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('Austin is now a focus area.')).toBeVisible()

  await page.reload()
  await app.getByLabel('Focus areas only').check()
  await expect(page.getByRole('rowheader')).toHaveText([
    'Austin',
    'West Garfield Park',
    'North Lawndale',
    'South Lawndale',
    'Englewood',
  ])

  // A new process on the same data folder: the change is in the file, not in memory.
  await serve.stop()
  const again = await startServe(serve.dataDir)
  try {
    await page.goto(again.url)
    await openAreas(page)
    await page.getByLabel('Search by name or number').fill('25')
    await expect(page.getByRole('button', { name: 'Focus area: Austin' })).toHaveAttribute('aria-pressed', 'true')
  } finally {
    await again.stop()
  }

  expectOnlyLoopback(requests)
})

test('works from the keyboard alone: skip link, section shortcut, search shortcut, toggling with Space', async ({ app, page }) => {
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible()
  await page.keyboard.press('Alt+5')
  await expect(page.getByRole('heading', { name: 'Community areas', level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.keyboard.press('/')
  await expect(app.getByLabel('Search by name or number')).toBeFocused()
  await page.keyboard.type('Englewood')
  await expect(page.getByRole('rowheader')).toHaveText(['West Englewood', 'Englewood'])
  const englewood = page.getByRole('button', { name: 'Focus area: Englewood', exact: true })
  await englewood.focus()
  await page.keyboard.press('Space')
  await expect(englewood).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText('Englewood is no longer a focus area.')).toBeVisible()
})

test('says so when nothing matches, and never renders the search as HTML', async ({ app, page }) => {
  await openAreas(app)
  await app.getByLabel('Search by name or number').fill('<img src=x onerror=alert(1)>')
  await expect(page.getByText('No community area matches “<img src=x onerror=alert(1)>”', { exact: false })).toBeVisible()
  await expect(page.locator('main img')).toHaveCount(0)
})

test('a page without the launch secret gets no data', async ({ page, serve }) => {
  const response = await page.goto(serve.origin + '/')
  expect(response?.status()).toBe(401)
  await expect(page.getByText('needs the address printed by "npm run serve"')).toBeVisible()
})

test.describe('in Spanish', () => {
  test.use({ locale: 'es-US' })
  test('the areas speak Spanish: search, counts, starring, and axe finds nothing', async ({ app: page }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Áreas comunitarias' }).click()
    await expect(page.getByRole('heading', { name: 'Áreas comunitarias', level: 1 })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Se muestran' })).toHaveText('Se muestran 77 de 77 · 4 áreas prioritarias')
    await page.getByLabel('Buscar por nombre o número').fill('Austin')
    await page.getByRole('button', { name: 'Área prioritaria: Austin' }).click()
    await expect(page.getByText('Austin ahora es un área prioritaria.')).toBeVisible()
    await page.getByLabel('Buscar por nombre o número').fill('zzz')
    await expect(page.getByText('Ninguna área comunitaria coincide con «zzz».', { exact: false })).toBeVisible()
    await expectNoAxeViolations(page, 'community areas in Spanish')
  })
})
