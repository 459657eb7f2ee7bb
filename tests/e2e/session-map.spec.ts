import { test, expect } from './fixtures'
import type { Locator } from '@playwright/test'
import { addResourceFromPanel, linkWithForm, PARK_SHOOTING, PARK_VARIABLES, sidePanel, startSession } from './session-steps'

const OUTREACH = "Outreach workers at the scene and at the hospital, talking with the victims' friends through the night"
const OUTREACH_NEED = `Need: ${OUTREACH}`
const PEACE_WALKERS = 'West Side Peace Walkers (sample)'
const LIGHT = 'Repair the street light at the scene'

/** How a line is drawn, as the page paints it: its dashes and the marker at its end. */
async function stroke(line: Locator): Promise<{ dashes: string; end: string | null }> {
  return line.evaluate((element) => ({ dashes: getComputedStyle(element).strokeDasharray, end: element.getAttribute('marker-end') }))
}

test('maps the room: a gap appears for a need, narrows when a resource covers it, and closes its lead reason when an organization leads it', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })

  const map = page.getByRole('region', { name: 'Map' })
  const gaps = page.getByRole('region', { name: /^Gaps \(/ })
  await expect(gaps.getByRole('heading').first()).toHaveText('Gaps (4 of 4 needs)')
  const outreachGap = gaps.getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()
  await expect(outreachGap).toContainText('No resource is linked to this need.')
  await expect(outreachGap).toContainText('No organization leads it.')
  await expect(map.locator('.react-flow__node')).toHaveCount(5)

  await addResourceFromPanel(page, 'night street outreach', 'Night street outreach')
  await expect(map.locator('.react-flow__node')).toHaveCount(6)

  const link = page.getByRole('form', { name: 'Link two items' })
  await link.getByLabel('From').selectOption({ label: 'Resource: Night street outreach' })
  await link.getByLabel('To').selectOption({ label: OUTREACH_NEED })
  await expect(link.getByText('This link: covers.')).toBeVisible()
  await link.getByRole('button', { name: 'Link' }).click()
  await sidePanel(page, 'Gaps')
  await expect(outreachGap).not.toContainText('No resource is linked')
  await expect(outreachGap).toContainText('Not available at that time: Mon 00:00-04:00; Sun 03:00-04:00; Sun 22:00-24:00.')
  await expect(outreachGap).toContainText('Capacity not comparable: the need is counted in workers, the resources in contacts.')

  await linkWithForm(page, 'Organization: West Side Peace Walkers (sample)', OUTREACH_NEED)
  await sidePanel(page, 'Gaps')
  await expect(outreachGap).not.toContainText('No organization leads it.')
  // However links reorder the gaps, they are numbered 1, 2, 3… in order.
  const numbers = await gaps.locator('.gap-number').allTextContents()
  expect(numbers).toEqual(numbers.map((_, index) => `${index + 1}.`))
  expect(numbers.length).toBe(4)

  // Suggestions never hide a resource: the one mediation crew here is full, and is listed as left out, with why.
  const mediationGap = gaps.getByRole('listitem').filter({ hasText: 'Retaliation mediation between the two groups' }).first()
  await mediationGap.getByRole('button', { name: 'Suggest resources' }).click()
  await expect(mediationGap).toContainText('The inventory has nothing that would close this gap.')
  await mediationGap.getByText(/^Left out \(/).click()
  await expect(mediationGap.getByRole('listitem').filter({ hasText: 'Retaliation mediation' }).last()).toContainText('no spare capacity')

  // Undo takes the lead back; the map and the gaps follow. A reload keeps what is saved.
  await page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo link: .* leads / }).click()
  await expect(outreachGap).toContainText('No organization leads it.')
  await page.reload()
  const after = page.getByRole('region', { name: 'Map' })
  await expect(after.locator('.react-flow__edge')).toHaveCount(1)
  await expect(page.getByRole('region', { name: /^Gaps \(/ }).getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()).toContainText('Not available at that time')
})

test('gaps are judged by the app’s clock, not the laptop’s date: years on, a freshly verified resource still covers', async ({ page, serve }) => {
  // The page believes it is mid-2029; the services' clock (E2E_NOW) says the starter inventory is fresh.
  await page.clock.setFixedTime(new Date('2029-06-01T12:00:00Z'))
  await page.goto(serve.url)
  await startSession(page, PARK_SHOOTING, { people: [['Dana Reyes', 'West Side Peace Walkers (sample)']] })
  await addResourceFromPanel(page, 'night street outreach', 'Night street outreach')
  await linkWithForm(page, 'Resource: Night street outreach', OUTREACH_NEED)
  await sidePanel(page, 'Gaps')
  const outreachGap = page.getByRole('region', { name: /^Gaps \(/ }).getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()
  await expect(outreachGap).toContainText('Not available at that time')
  await expect(outreachGap).not.toContainText('Not verified')
})

test('the presenter view follows the console in a second tab, without facilitator-only text', async ({ app, page, context }) => {
  await startSession(app, PARK_SHOOTING, { variables: { 'The nearest corner': 'Madison and Homan' } })

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Presenter view' }).click()])
  const view = presenter.getByRole('main', { name: 'Presenter view' })
  await expect(view.getByRole('heading', { name: 'Module 1: Saturday night, the first six hours' })).toBeVisible()
  await expect(view.getByRole('status').filter({ hasText: 'needs have gaps' })).toHaveText('4 of 4 needs have gaps')

  await page.getByRole('button', { name: /^Reveal next inject/ }).click()
  await expect(view.getByRole('heading', { name: 'Shots fired at Madison and Homan' })).toBeVisible()
  await expect(view).not.toContainText('Ask who actually calls whom')
  await expect(view).not.toContainText('Expected actions')
  // The legend is beside the map, not on it: it covers nothing.
  const mapBox = (await view.getByLabel('Map (read-only)').first().boundingBox())!
  const legendBox = (await view.getByRole('group', { name: 'Legend' }).boundingBox())!
  expect(legendBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height)
  // The open gaps by name with their main reason, in large type; what changed in the last minute.
  const openGaps = view.getByRole('list', { name: 'Open gaps' })
  await expect(openGaps.getByRole('listitem').filter({ hasText: 'Outreach workers at the scene' })).toContainText('No resource is linked to this need.')
  expect(await openGaps.locator('.presenter-reason').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24)
  await addResourceFromPanel(page, 'night street outreach', 'Night street outreach')
  await linkWithForm(page, 'Resource: Night street outreach', OUTREACH_NEED)
  const lastMinute = view.getByRole('region', { name: 'In the last minute' })
  await expect(lastMinute).toContainText('Outreach workers at the scene and at the hospital')
  await expect(lastMinute).toContainText('now not open')
  await page.getByRole('button', { name: 'Next module' }).click()
  await expect(view.getByRole('heading', { name: 'Module 2: Sunday, the vigil' })).toBeVisible()
})

test('keyboard only: an item on the map is selected with Enter and moved with the arrows (one undo step), and injects come on time', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: { 'The nearest corner': 'Madison and Homan' } })
  const console_ = page.getByRole('region', { name: 'Console' })

  const need = page.getByRole('group', { name: /^Need: Outreach workers at the scene/ })
  const transform = () => need.evaluate((node) => (node as HTMLElement).style.transform)
  const before = await transform()
  await need.focus()
  await page.keyboard.press('Enter')
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expect.poll(transform).not.toBe(before)
  await expect(console_.getByRole('button', { name: /^Undo move Outreach workers at the scene/ })).toBeVisible()
  const moved = await transform()
  await console_.getByRole('button', { name: /^Undo move/ }).click()
  await expect.poll(transform).toBe(before)
  await console_.getByRole('button', { name: /^Redo move/ }).click()
  await expect.poll(transform).toBe(moved)

  // Reveal on time: with the clock running, the inject at 0 minutes comes by itself.
  await expect(console_.getByText('Injects (0 of 3 revealed)')).toBeVisible()
  await console_.getByLabel('Reveal injects on time (session clock)').check()
  await console_.getByRole('button', { name: 'Start clock' }).click()
  await expect(console_.getByText('Injects (1 of 3 revealed)')).toBeVisible()
  await expect(console_.getByText(/^Next on time: .* at 90 min into the module/)).toBeVisible()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Console' }).getByText('Injects (1 of 3 revealed)')).toBeVisible()
  await expect.poll(transform).toBe(moved)
})

test('when the layout worker cannot start, Arrange says so and the map stays as it was', async ({ app, page }) => {
  await page.route(/layout\.worker/, (route) => route.abort())
  await startSession(app, PARK_SHOOTING, { variables: { 'The nearest corner': 'Madison and Homan' } })
  const map = page.getByRole('region', { name: 'Map' })
  const need = map.getByRole('group', { name: /^Need: Outreach workers at the scene/ })
  const before = await need.evaluate((node) => (node as HTMLElement).style.transform)
  await map.getByRole('button', { name: 'Arrange' }).click()
  await expect(map.getByRole('alert')).toContainText('The map could not be arranged')
  await expect(map.getByRole('button', { name: 'Arrange' })).toBeEnabled()
  expect(await need.evaluate((node) => (node as HTMLElement).style.transform)).toBe(before)
  await expect(page.getByRole('region', { name: 'Console' }).getByRole('button', { name: /^Undo/ })).toBeDisabled()
})

test('the map’s search covers the whole inventory: this area first, then citywide, then elsewhere, marked; and says when nothing matches', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES })
  const resources = await sidePanel(page, 'Resources')
  const search = resources.getByLabel('Search the inventory')
  await search.fill('counseling')
  const results = resources.locator('.resource-results button')
  const reaches = await results.evaluateAll((buttons) => buttons.map((b) => (b.querySelector('.reach')?.textContent ?? 'area')))
  // In order: those serving the area, then citywide, then elsewhere.
  const rank = (reach: string) => (reach === 'area' ? 0 : reach === 'citywide' ? 1 : 2)
  expect(reaches.map(rank)).toEqual([...reaches.map(rank)].sort())
  expect(reaches).toContain('area')
  await search.fill('promotoras')
  await expect(resources.getByRole('button', { name: /^Add Promotoras de salud mental/ })).toContainText('does not serve West Garfield Park')
  // One that does not serve the area can still go on the map, to show it as such.
  await resources.getByRole('button', { name: /^Add Promotoras de salud mental/ }).click()
  await expect(page.getByRole('region', { name: 'Map' }).getByRole('group', { name: /^Resource: Promotoras de salud mental/ })).toBeVisible()
  await search.fill('zzzz no such thing')
  await expect(resources.getByRole('status').filter({ hasText: 'Nothing in the inventory matches “zzzz no such thing”.' })).toBeVisible()
})

test('a provides link and a covers link differ by more than colour and thickness: their dashes and their ends, as the legend shows', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Dana Reyes', PEACE_WALKERS]] })
  await addResourceFromPanel(page, 'night street outreach', 'Night street outreach')
  await linkWithForm(page, `Organization: ${PEACE_WALKERS}`, 'Resource: Night street outreach')
  await linkWithForm(page, 'Resource: Night street outreach', OUTREACH_NEED)
  await linkWithForm(page, `Organization: ${PEACE_WALKERS}`, OUTREACH_NEED)
  const map = page.getByRole('region', { name: 'Map' })
  const path = (name: string) => map.getByRole('group', { name }).locator('path.react-flow__edge-path')
  const provides = await stroke(path(`${PEACE_WALKERS} provides Night street outreach`))
  const covers = await stroke(path(`Night street outreach covers ${OUTREACH}`))
  const leads = await stroke(path(`${PEACE_WALKERS} leads ${OUTREACH}`))

  expect(provides).toEqual({ dashes: 'none', end: null })
  expect(covers.dashes).not.toBe('none')
  expect(covers.end).toMatch(/^url\(#.+\)$/)
  // The two links that reach the need differ by their dashes and by their ends.
  expect(leads.dashes).not.toBe(covers.dashes)
  expect(leads.end).not.toBeNull()
  expect(leads.end).not.toBe(covers.end)
  // Each end is drawn: its marker is in the page, with a shape.
  for (const end of [covers.end, leads.end]) {
    const id = end!.slice('url(#'.length, -1)
    expect(await page.locator(`marker[id="${id}"] path`).getAttribute('d')).toBeTruthy()
  }

  // The legend draws each kind with the same dashes and end.
  const legend = map.getByRole('group', { name: 'Legend' })
  await legend.getByText('Legend').click()
  const legendLine = (kind: string) => legend.getByRole('listitem').filter({ hasText: new RegExp(`^${kind}$`) }).locator('line')
  expect(await stroke(legendLine('provides'))).toEqual(provides)
  expect(await stroke(legendLine('covers'))).toEqual(covers)
  expect(await stroke(legendLine('leads'))).toEqual(leads)
  // And each kind of item by the icon its items carry, not by its outline's colour alone.
  const icons = await legend.locator('svg.legend-icon').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('class')!.split(' ').find((name) => name.startsWith('lucide-'))))
  expect(icons).toHaveLength(4)
  expect(new Set(icons).size).toBe(4)
})

test('the presenter says what changed on the map, in its own language: a gap closing on the console is heard on the projector', async ({ app, page, context }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: [['Sam Ortiz', 'Department of Transportation (sample)']] })
  const console_ = page.getByRole('region', { name: 'Console' })
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Presenter view' }).click()])
  await presenter.getByRole('group', { name: 'Presenter display' }).getByLabel('Language on screen').selectOption('es')
  const says = presenter.getByRole('main', { name: 'Vista para proyectar' }).getByRole('status', { name: 'Cambios en el mapa' })
  await expect(says).toBeEmpty()

  // Module 3's street light: the repair service commits one repair on weekdays, the department leads it.
  await console_.getByRole('button', { name: 'Next module' }).click()
  await console_.getByRole('button', { name: 'Next module' }).click()
  await expect(console_.getByRole('heading', { name: 'Module 3: The next 72 hours' })).toBeVisible()
  await addResourceFromPanel(page, 'street light repair', 'Street light repair')
  await expect(says).toHaveText('Se agregó al mapa: Street light repair.')
  await linkWithForm(page, 'Resource: Street light repair', `Need: ${LIGHT}`)
  await page.getByRole('region', { name: 'Map' }).getByRole('group', { name: `Street light repair covers ${LIGHT}` }).focus()
  await page.keyboard.press('Enter')
  const details = page.getByRole('region', { name: 'Selected link' })
  await details.getByLabel(/^Amount committed/).fill('1')
  await details.getByLabel(/^When/).fill('Mon-Fri 07:00-15:00')
  await expect(says).toContainText(`${LIGHT}: queda 1 motivo.`)
  await linkWithForm(page, 'Organization: Department of Transportation (sample)', `Need: ${LIGHT}`)
  await expect(says).toContainText(`Brecha cerrada: ${LIGHT}.`)
})
