// Steps many session specs share: plan a session from a shipped scenario, sign people in, start.
import { expect, type Locator, type Page } from '@playwright/test'

export const PARK_SHOOTING = 'Saturday night shooting near [The park near the scene]'
export const HEAT_WAVE = 'Fourth of July heat-wave weekend in Englewood'

export async function signIn(page: Page, name: string, organization: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign someone in' })
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('Organization', { exact: true }).selectOption({ label: organization })
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('row').filter({ hasText: name }).first()).toBeVisible()
}

/** Plans a session of `scenario` (variables by their labels), signs people in, and starts it. */
export async function startSession(
  page: Page,
  scenario: string,
  { variables = {}, people = [] }: { variables?: Record<string, string>; people?: [name: string, organization: string][] } = {},
): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'New session' }).click()
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await dialog.getByLabel('Scenario').selectOption({ label: scenario })
  for (const [label, value] of Object.entries(variables)) await dialog.getByLabel(label).fill(value)
  await dialog.getByRole('button', { name: 'Plan the session' }).click()
  for (const [name, organization] of people) await signIn(page, name, organization)
  await page.getByRole('button', { name: 'Start' }).click()
  await expect(page.getByRole('region', { name: 'Console' })).toBeVisible()
}

/**
 * Opens a tab of the console's side panel ("Gaps", "Resources", "Notes", "Actions",
 * "Evaluation", "Sign-in") and gives its panel.
 */
export async function sidePanel(page: Page, name: string): Promise<Locator> {
  const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  return page.getByRole('tabpanel', { name: new RegExp(`^${name}`) })
}

/** Finds an inventory resource in the side panel's Resources and adds it to the map with its button. */
export async function addResourceFromPanel(page: Page, search: string, name: string): Promise<void> {
  const resources = await sidePanel(page, 'Resources')
  await resources.getByLabel('Search the inventory').fill(search)
  await resources.getByRole('button', { name: new RegExp(`^Add ${name}`) }).click()
}

/** Links two items with the keyboard form in Resources (each named as its list shows it: "Resource: …"). */
export async function linkWithForm(page: Page, from: string, to: string): Promise<void> {
  const resources = await sidePanel(page, 'Resources')
  const link = resources.getByRole('form', { name: 'Link two items' })
  await link.getByLabel('From').selectOption({ label: from })
  await link.getByLabel('To').selectOption({ label: to })
  await link.getByRole('button', { name: 'Link' }).click()
}

/** The park shooting scenario's variables, filled as most specs fill them. */
export const PARK_VARIABLES = { 'The park near the scene': 'Garfield Park', 'The nearest corner': 'Madison and Homan' }

/** Starts the park shooting session and captures a note: the console and its capture box. */
export async function startWithNote(page: Page, note: string): Promise<{ console_: Locator; capture: Locator }> {
  await startSession(page, PARK_SHOOTING, { variables: PARK_VARIABLES })
  const console_ = page.getByRole('region', { name: 'Console' })
  const capture = console_.getByLabel('What the room said')
  await capture.fill(note)
  await capture.press('Enter')
  return { console_, capture }
}

/** Waits until a map's view stops moving (it fits itself, animated, when items appear or move): four readings alike. */
export async function mapSettled(map: Locator): Promise<void> {
  const viewport = map.locator('.react-flow__viewport').first()
  const readings: string[] = []
  await expect
    .poll(
      async () => {
        readings.push((await viewport.getAttribute('style')) ?? '')
        const last = readings.slice(-4)
        return last.length === 4 && last.every((reading) => reading === last[0])
      },
      { intervals: [250] },
    )
    .toBe(true)
}
