// A town hall run from the keyboard alone: thirty things the room said, captured as fast as they
// are typed, filed under themes, duplicates merged, five questions answered and two follow-ups
// assigned — all still there after a reload, and in the report's PDF.
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect, expectOnlyLoopback } from './fixtures'
import { expectNoAxeViolations } from './axe'
import { pdfText } from './pdf-text'

/** What the room says, in the order it is said (the list shows the newest first). */
const SAID = [
  'The alley lights behind Chicago Ave have been out for a month',
  'When will the lights on Division get fixed?',
  '¿Quién limpia el lote baldío de la calle Pulaski?',
  'Our kids need summer jobs close to home',
  'The vacant lot on Lavergne is full of dumped tires',
  'More peacekeepers near the Laramie bus stop after school',
  'Is there a counselor for kids who saw the shooting?',
  'Thank you to the block club for the cleanup day',
  'Bus 91 never comes on time at night',
  'The alley lights are still out near Chicago Ave',
  'Can the police walk the block instead of driving?',
  'Rent keeps going up and families are leaving',
  'Necesitamos más programas para jóvenes en el verano',
  'Who do we call when a car is abandoned for weeks?',
  'The park field house closes too early',
  'Graffiti on the viaduct at Central is back',
  'My son was jumped walking home from Austin High',
  '¿Hay consejería en español para las familias?',
  'Thanks to the outreach workers who came after the shooting',
  'The corner store crowd blocks the sidewalk every night',
  'How do I get a security camera rebate?',
  'Too many tires dumped in the alley off Madison',
  'We need a safe haven program on Saturdays',
  'Why did the mental health clinic close?',
  'Street sweeping never reaches our block',
  'Landlords are not fixing the broken doors',
  'The bus shelter at Chicago and Cicero is smashed',
  'Seniors are afraid to walk to church',
  'Please keep the library open later for teens',
  'Where can a young person get a job this summer?',
]
const QUESTIONS = SAID.filter((text) => /\?$/.test(text))

/** The list is newest first: the item said at `index` is shown at this position. */
const shownAt = (index: number) => SAID.length - 1 - index

async function focusList(page: Page, list: Locator): Promise<void> {
  await page.keyboard.press('Alt+Shift+L')
  await expect(list).toBeFocused()
}

/** Moves the list's active row to a position with the keys alone, from the nearer end of the 30. */
async function goTo(page: Page, list: Locator, position: number): Promise<void> {
  const fromEnd = SAID.length - 1 - position
  await page.keyboard.press(fromEnd < position ? 'End' : 'Home')
  for (let step = 0; step < Math.min(position, fromEnd); step++) await page.keyboard.press(fromEnd < position ? 'ArrowUp' : 'ArrowDown')
  await expect(list).toHaveAttribute('aria-activedescendant', /th-item-/)
}

async function fileUnder(page: Page, list: Locator, index: number, theme: string): Promise<void> {
  await goTo(page, list, shownAt(index))
  await page.keyboard.press('t')
  await expect(page.getByLabel('Type a theme')).toBeFocused()
  await page.keyboard.type(theme)
  await page.keyboard.press('Enter')
  await expect(list).toBeFocused()
}

test('a town hall is captured and triaged with the keyboard alone, and nothing is lost on reload', async ({ app: page, requests }) => {
  test.setTimeout(180_000)
  // Once the app is up, Alt+4 opens the fourth section.
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible()
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { name: 'Town halls', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Plan a town hall' }).click()
  await page.getByLabel('Title').fill('Austin safety town hall')
  await page.getByLabel('Add a community area').selectOption({ label: 'Austin' })
  await page.getByLabel('Place', { exact: true }).fill('St. Martin church basement')
  await page.getByRole('button', { name: 'Plan it' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Cmdr. Ruiz')
  await page.getByLabel('Department or organization').fill('Chicago Police Department, 15th District')
  await page.getByRole('button', { name: 'Add to the panel' }).click()
  await expect(page.getByText('Cmdr. Ruiz')).toBeVisible()
  await page.getByRole('button', { name: 'Start the town hall' }).click()

  // From here on, the keyboard only.
  const list = page.getByRole('listbox', { name: 'What the room said' })
  // The workspace replaces the plan once the start is saved; its keys work from then on.
  await expect(list).toBeVisible()
  await expect(async () => {
    await page.keyboard.press('Alt+Shift+C')
    await expect(page.getByLabel('What was said')).toBeFocused({ timeout: 1_000 })
  }).toPass()
  for (const text of SAID) {
    // Typed as one keyboard input (as a fast typist or a dictation tool sends it), then Enter.
    await page.keyboard.insertText(text)
    await page.keyboard.press('Enter')
  }
  await expect(page.getByText('30 shown')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'All saved' })).toBeVisible()
  await expect(page.getByRole('tab', { name: `Questions (${QUESTIONS.length})` })).toBeVisible()

  await focusList(page, list)
  for (const index of [0, 1, 4, 9, 15, 21]) await fileUnder(page, list, index, 'Lighting')
  for (const index of [3, 12, 22, 28, 29]) await fileUnder(page, list, index, 'Youth')
  // A theme the starter set lacks is made by typing it.
  await fileUnder(page, list, 8, 'Buses and shelters')

  // Five questions answered by the panel.
  const answers = ['Streets and Sanitation replaces the Division lights this week.', 'A counselor from the clinic stays after tonight.', 'Call 311 and ask for an abandoned vehicle tow.', 'Yes, in Spanish, on Tuesdays at the field house.', 'The rebate form is on the city site and at the alderman’s office.']
  for (const [n, index] of [1, 6, 13, 17, 20].entries()) {
    await goTo(page, list, shownAt(index))
    await page.keyboard.press('a')
    await expect(page.getByLabel('What the panel answered')).toBeFocused()
    await page.keyboard.type(answers[n]!)
    await page.keyboard.press('Control+Enter')
    await expect(list).toBeFocused()
  }
  await expect(page.getByRole('tab', { name: `Questions (${QUESTIONS.length - 5})` })).toBeVisible()

  // Two follow-ups, each with an owner and a date.
  for (const [index, owner] of [[24, 'Department of Streets and Sanitation'], [25, 'Department of Housing']] as const) {
    await goTo(page, list, shownAt(index))
    await page.keyboard.press('f')
    await expect(page.getByLabel('Who follows up (department or organization)')).toBeFocused()
    await page.keyboard.type(owner)
    await page.keyboard.press('Tab')
    await page.keyboard.type('12192026')
    await page.keyboard.press('Enter')
    await expect(list).toBeFocused()
  }

  // The two reports of the alley lights are one concern, raised twice.
  await goTo(page, list, shownAt(9))
  await page.keyboard.press('Space')
  await goTo(page, list, shownAt(0))
  await page.keyboard.press('Space')
  await page.keyboard.press('m')
  await expect(page.getByText('29 shown')).toBeVisible()
  await expect(page.getByRole('option', { name: /raised 2 times/ })).toBeVisible()

  await expect(page.getByRole('status').filter({ hasText: 'All saved' })).toBeVisible()
  await page.reload()

  await expect(page.getByText('29 shown')).toBeVisible()
  const themes = page.getByRole('tabpanel', { name: 'Themes' })
  await expect(themes.getByRole('listitem').filter({ hasText: 'Lighting and vacant lots' })).toContainText('6')
  await expect(themes.getByRole('listitem').filter({ hasText: 'Youth and jobs' })).toContainText('5')
  await expect(themes.getByRole('listitem').filter({ hasText: 'Buses and shelters' })).toContainText('1')
  // Nothing answers the new theme yet: a gap.
  await expect(themes.getByRole('listitem').filter({ hasText: 'Buses and shelters' })).toContainText('Gap: no resource')
  await expect(page.getByRole('tab', { name: `Questions (${QUESTIONS.length - 5})` })).toBeVisible()

  // Every wording of the merged concern is kept, and unmerging puts it back.
  // The merged concern is the first thing said, so the last in the list (newest first).
  await focusList(page, list)
  await page.keyboard.press('End')
  await expect(page.getByRole('option', { name: /raised 2 times/ })).toHaveAttribute('aria-selected', 'false')
  await expect(list).toHaveAttribute('aria-activedescendant', `th-item-${await page.getByRole('option', { name: /raised 2 times/ }).getAttribute('id').then((id) => id!.slice('th-item-'.length))}`)
  await page.keyboard.press('Enter')
  const group = page.getByRole('dialog', { name: '2 wordings, merged' })
  await expect(group.getByRole('textbox').nth(0)).toHaveValue(SAID[0]!)
  await expect(group.getByRole('textbox').nth(1)).toHaveValue(SAID[9]!)
  await page.keyboard.press('Escape')

  // The answers and follow-ups are kept: five answered, two followed up.
  await expect(page.getByRole('combobox', { name: 'Show' })).toBeVisible()
  interface Saved {
    items: { text: string; answer?: { text: string; by: string }; followUp?: { ownerName: string; due?: string }; mergedInto?: string }[]
  }
  const state = await page.evaluate(async () => {
    const id = window.location.hash.split('/')[2]!
    const response = await fetch('/api/townHalls.state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) })
    return ((await response.json()) as { value: { document: unknown } }).value
  }) as { document: Saved }
  expect(state.document.items.map((i) => i.text)).toEqual(SAID)
  expect(state.document.items.filter((i) => i.answer).map((i) => i.answer!.text)).toEqual(answers)
  expect(state.document.items.filter((i) => i.answer).every((i) => i.answer!.by === 'Cmdr. Ruiz (Chicago Police Department, 15th District)')).toBe(true)
  expect(state.document.items.filter((i) => i.followUp).map((i) => [i.followUp!.ownerName, i.followUp!.due])).toEqual([
    ['Department of Streets and Sanitation', '2026-12-19'],
    ['Department of Housing', '2026-12-19'],
  ])
  expect(state.document.items.filter((i) => i.mergedInto)).toHaveLength(1)

  // The screen passes axe's WCAG checks.
  await expectNoAxeViolations(page, 'town hall workspace')

  // The report leaves the room with what was said, answered and promised.
  await page.getByRole('button', { name: 'Report', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Town-hall report', level: 1 })).toBeVisible()
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Web page (HTML)', exact: true }).click()])
  const alone = await page.context().newPage()
  await alone.setContent(readFileSync((await file.path())!, 'utf8'))
  const { text } = await pdfText(new Uint8Array(await alone.pdf({ format: 'Letter', printBackground: true })))
  await alone.close()
  const flat = text.replace(/\s+/g, ' ')
  for (const answer of answers) expect(flat).toContain(answer)
  for (const words of ['Lighting and vacant lots', 'Youth and jobs', 'Buses and shelters', 'Department of Streets and Sanitation', 'Department of Housing', 'Cmdr. Ruiz', SAID[0]!]) expect(flat).toContain(words)
  expectOnlyLoopback(requests)
})
