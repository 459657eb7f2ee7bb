// The whole exercise by keyboard alone, as a facilitator who cannot use a mouse would run it:
// plan a session from a shipped scenario, sign people in, reveal injects, capture what the room
// says, put resources on the map and link them, set a lead, read the gaps, rate the objectives and
// finish — with Tab, Shift+Tab, the arrows, Enter, Space and the app's shortcuts (undo and redo,
// Arrange included), never a pointer.
// The map's live region says what changed, in words.
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PARK_SHOOTING } from './session-steps'

/**
 * Makes any pointer use fail the test: page.mouse throws, and the page counts every real pointer
 * event (what a Playwright click, hover, check or drag makes), which must stay at none.
 */
async function forbidThePointer(page: Page): Promise<() => Promise<number>> {
  for (const method of ['click', 'dblclick', 'down', 'up', 'move', 'wheel'] as const) {
    Object.defineProperty(page.mouse, method, {
      value: () => {
        throw new Error(`page.mouse.${method} in a keyboard-only test`)
      },
    })
  }
  const count = () => page.evaluate(() => (window as unknown as { pointerEvents?: number }).pointerEvents ?? 0)
  const listen = () => {
    const seen = window as unknown as { pointerEvents?: number }
    seen.pointerEvents = 0
    for (const type of ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'dragstart']) {
      window.addEventListener(type, (event) => event.isTrusted && (seen.pointerEvents = (seen.pointerEvents ?? 0) + 1), { capture: true })
    }
  }
  await page.addInitScript(listen)
  await page.evaluate(listen)
  return count
}

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement)

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user reaches it; fails if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await expect(target).toBeVisible()
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))
  throw new Error(`${String(target)} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; the focus is on ${focused}`)
}

/** Tabs to a closed list box and moves its choice with the arrow keys to the option with this label. */
async function chooseWithArrows(page: Page, select: Locator, label: string | RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  await tabTo(page, select, options)
  const labels = await select.locator('option').allTextContents()
  const target = labels.findIndex((text) => (typeof label === 'string' ? text.startsWith(label) : label.test(text)))
  expect(target, `an option ${String(label)} among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0)
  const current = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex)
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp')
  await expect.poll(() => select.evaluate((element: HTMLSelectElement) => element.selectedIndex)).toBe(target)
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string, options: { back?: boolean; max?: number } = {}): Promise<void> {
  await tabTo(page, field, options)
  await page.keyboard.type(text)
  await expect(field).toHaveValue(text)
}

/** Tabs to a button and presses Enter. */
async function press(page: Page, button: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  await tabTo(page, button, options)
  await page.keyboard.press('Enter')
}

test('a whole exercise runs by keyboard alone, and the map says what changed', async ({ app: page }) => {
  test.setTimeout(180_000)
  const pointerEvents = await forbidThePointer(page)
  await page.setViewportSize({ width: 1600, height: 1000 })

  // Plan the session: Alt+3 opens Sessions; the dialog takes the focus and gives it back.
  await page.keyboard.press('Alt+3')
  const newSession = page.getByRole('button', { name: 'New session' })
  await press(page, newSession)
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await chooseWithArrows(page, dialog.getByLabel('Scenario'), PARK_SHOOTING)
  await typeInto(page, dialog.getByLabel('The park near the scene'), 'Garfield Park')
  await typeInto(page, dialog.getByLabel('The nearest corner'), 'Madison and Homan')
  await press(page, dialog.getByRole('button', { name: 'Plan the session' }))
  await expect(dialog).toHaveCount(0)

  // Sign people in.
  for (const [name, organization] of [
    ['Dana Reyes', 'West Side Peace Walkers (sample)'],
    ['Sam Ortiz', 'Department of Transportation (sample)'],
  ] as const) {
    const form = page.getByRole('form', { name: 'Sign someone in' })
    await typeInto(page, form.getByLabel('Name'), name, { back: true })
    await chooseWithArrows(page, form.getByLabel('Organization', { exact: true }), organization)
    await press(page, form.getByRole('button', { name: 'Sign in' }))
    await expect(page.getByRole('row').filter({ hasText: name }).first()).toBeVisible()
  }
  await press(page, page.getByRole('button', { name: 'Start' }), { back: true })
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_).toBeVisible()

  // Module 1: every inject, Enter after Enter on the same button.
  const map = page.getByRole('region', { name: 'Map' })
  const says = map.getByRole('status', { name: 'Changes on the map' })
  await revealAll(page, console_)
  await expect(says).toBeEmpty()

  // What the room says goes in the capture box; Enter adds it.
  const capture = console_.getByLabel('What the room said')
  await typeInto(page, capture, 'Peace Walkers can be at the park by nine', { back: true })
  await page.keyboard.press('Enter')
  await expect(capture).toHaveValue('')
  await expect(page.getByRole('tab', { name: /^Notes \(1\)/ })).toBeVisible()

  // A resource goes on the map from Resources (Alt+Shift+R), and the map says so.
  await addResource(page, 'night street outreach', 'Night street outreach')
  await expect(says).toHaveText('Added to the map: Night street outreach.')
  // Linked with the form: the gap narrows, in words.
  await link(page, 'Resource: Night street outreach', OUTREACH_NEED)
  await expect(says).toContainText(`Linked: Night street outreach covers ${OUTREACH}.`)
  await expect(says).toContainText(new RegExp(`${OUTREACH}: \\d reasons? left\\.`))
  // The Peace Walkers lead it.
  await link(page, 'Organization: West Side Peace Walkers (sample)', OUTREACH_NEED)
  await expect(says).toContainText(`Linked: West Side Peace Walkers (sample) leads ${OUTREACH}.`)

  // Read the gaps: Alt+Shift+G puts the focus on the panel, whose heading counts them.
  await page.keyboard.press('Alt+Shift+G')
  const gaps = page.getByRole('region', { name: /^Gaps \(/ })
  await expect(page.getByRole('tabpanel', { name: /^Gaps/ })).toBeFocused()
  await expect(gaps.getByRole('heading').first()).toHaveText('Gaps (4 of 4 needs)')
  const outreachGap = gaps.getByRole('listitem').filter({ hasText: 'Outreach workers at the scene and at the hospital' }).first()
  await expect(outreachGap).not.toContainText('No organization leads it.')

  // Modules 2 and 3: the next module's needs come as gaps, and the map says so.
  const next = console_.getByRole('button', { name: 'Next module' })
  await press(page, next, { back: true })
  await revealAll(page, console_)
  await press(page, next, { back: true })
  await expect(console_.getByRole('heading', { name: 'Module 3: The next 72 hours' })).toBeVisible()
  // Four at once are counted, not named: the words stay short.
  await expect(says).toHaveText('4 gaps opened.')
  await revealAll(page, console_)

  // The city's repair service covers the light: the gap narrows.
  await addResource(page, 'street light repair', 'Street light repair')
  await expect(says).toHaveText('Added to the map: Street light repair.')
  await link(page, 'Resource: Street light repair', `Need: ${LIGHT}`)
  await expect(says).toContainText(`Linked: Street light repair covers ${LIGHT}.`)

  // The link is reached on the map with Shift+Tab and selected with Enter: what it commits opens
  // in Resources, next in the Tab order.
  const lightLink = map.getByRole('group', { name: `Street light repair covers ${LIGHT}` })
  await tabTo(page, lightLink, { back: true, max: 80 })
  await page.keyboard.press('Enter')
  const details = page.getByRole('region', { name: 'Selected link' })
  await typeInto(page, details.getByLabel(/^Amount committed/), '1')
  await typeInto(page, details.getByLabel(/^When/), 'Mon-Fri 07:00-15:00')
  await expect(says).toContainText(`${LIGHT}: 1 reason left.`)

  // The department leads it: the gap closes, and the map says so.
  await link(page, 'Organization: Department of Transportation (sample)', `Need: ${LIGHT}`)
  await expect(says).toHaveText(`Linked: Department of Transportation (sample) leads ${LIGHT}. Gap closed: ${LIGHT}.`)
  await expect(map.getByRole('group', { name: new RegExp(`^Need: ${LIGHT}.*covered`) })).toBeVisible()

  // Ctrl+Z takes the lead back and the gap opens again; Ctrl+Shift+Z puts it back.
  await page.keyboard.press('Control+z')
  await expect(says).toHaveText(`Link removed: Department of Transportation (sample) leads ${LIGHT}. Gap opened: ${LIGHT}.`)
  await page.keyboard.press('Control+Shift+z')
  await expect(says).toHaveText(`Linked: Department of Transportation (sample) leads ${LIGHT}. Gap closed: ${LIGHT}.`)

  // Arrange, from the map's toolbar: the items move, and the button is ready again.
  const arrange = map.getByRole('button', { name: 'Arrange' })
  const places = () => map.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).style.transform).join('|'))
  const before = await places()
  await press(page, arrange, { back: true, max: 120 })
  await expect.poll(places, { timeout: 15_000 }).not.toBe(before)
  await expect(arrange).toBeEnabled()

  // On the map, F on an item shows only what is linked to it; Escape shows everything again.
  const lightNeed = map.getByRole('group', { name: new RegExp(`^Need: ${LIGHT}`) })
  await tabTo(page, lightNeed, { back: true, max: 80 })
  await page.keyboard.press('f')
  await expect(map.locator('.react-flow__node.is-dimmed')).not.toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(map.locator('.react-flow__node.is-dimmed')).toHaveCount(0)

  // Rate every objective: Alt+Shift+E opens the evaluation; Tab reaches each group of ratings,
  // the arrows choose within it.
  await page.keyboard.press('Alt+Shift+E')
  const evaluation = page.getByRole('tabpanel', { name: /^Evaluation/ })
  await expect(evaluation).toBeFocused()
  const objectives = evaluation.locator('fieldset.evaluation')
  const count = await objectives.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const ratings = objectives.nth(i).getByRole('radio')
    await tabTo(page, ratings.first())
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await expect(ratings.nth(1)).toBeChecked()
    await typeInto(page, evaluation.getByLabel(`Why (objective ${i + 1})`), 'The room named who goes where within the hour')
  }

  // Finish asks first; Escape keeps going and gives the focus back to Finish.
  const finish = page.getByRole('button', { name: 'Finish' })
  await press(page, finish, { back: true, max: 120 })
  const finishing = page.getByRole('dialog', { name: 'Finish the session?' })
  await expect(finishing).toContainText('Every objective is rated')
  await page.keyboard.press('Escape')
  await expect(finishing).toHaveCount(0)
  await expect(finish).toBeFocused()
  await page.keyboard.press('Enter')
  await press(page, finishing.getByRole('button', { name: 'Finish the session' }))
  await expect(console_.getByText('Finished', { exact: true })).toBeVisible()
  // Finish is gone with the status it changed: the focus is on Reopen, which took its place.
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeFocused()

  expect(await pointerEvents()).toBe(0)
})

const LIGHT = 'Repair the street light at the scene'

const OUTREACH = "Outreach workers at the scene and at the hospital, talking with the victims' friends through the night"
const OUTREACH_NEED = `Need: ${OUTREACH}`

/** Finds an inventory resource in Resources and adds it with its button. */
async function addResource(page: Page, search: string, name: string): Promise<void> {
  await page.keyboard.press('Alt+Shift+R')
  const resources = page.getByRole('tabpanel', { name: /^Resources/ })
  await expect(resources).toBeFocused()
  const field = resources.getByLabel('Search the inventory')
  await tabTo(page, field)
  await page.keyboard.press('Control+a')
  await page.keyboard.type(search)
  const add = resources.getByRole('button', { name: new RegExp(`^Add ${name}`) })
  await press(page, add)
  await expect(add).toBeDisabled()
}

/** Links two items with the form in Resources, reached by Alt+Shift+R and Tab. */
async function link(page: Page, from: string, to: string): Promise<void> {
  await page.keyboard.press('Alt+Shift+R')
  const form = page.getByRole('tabpanel', { name: /^Resources/ }).getByRole('form', { name: 'Link two items' })
  await chooseWithArrows(page, form.getByLabel('From'), from)
  await chooseWithArrows(page, form.getByLabel('To'), to)
  await press(page, form.getByRole('button', { name: 'Link' }))
}

/** Reveals every inject of the module the room is on with the keyboard. */
async function revealAll(page: Page, console_: Locator): Promise<void> {
  const counter = console_.getByText(/^Injects \(\d+ of \d+ revealed\)$/)
  const reveal = console_.getByRole('button', { name: /^Reveal next inject/ })
  await tabTo(page, reveal)
  while ((await reveal.count()) > 0) {
    const before = await counter.textContent()
    await page.keyboard.press('Enter')
    await expect(counter).not.toHaveText(before!)
  }
  // The button is gone; the focus is on what took its place, not lost.
  await expect(console_.getByText('Every inject of this module is revealed.')).toBeFocused()
}
