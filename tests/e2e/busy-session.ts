// A running session with everything long a real one has — long names, addresses, action items,
// notes and a resource on the map — and the app's language switched, for specs about layout.
import { expect, type Page } from '@playwright/test'
import type { Language } from '../../src/shared/i18n/catalog'
import { addResourceFromPanel, PARK_SHOOTING, sidePanel, startSession } from './session-steps'

export const LONG_PARK = 'Garfield Park Conservatory and the Golden Dome Field House'
export const TITLE = `Saturday night shooting near ${LONG_PARK}`

export const PEOPLE = [
  { name: 'María Guadalupe Hernández-Castillo', organization: 'Westside Trauma Hospital Violence Intervention Program (sample)', role: 'Note-taker', contact: 'maria.hernandez-castillo@westsidetraumahospital.example.org' },
  { name: 'Andre Wallace', organization: 'Department of Family and Support Services (sample)', role: 'Evaluator', contact: '(773) 555-0142' },
  { name: 'Dana Reyes', organization: 'Police District Community Policing Office (sample)', role: 'Observer', contact: '' },
]

export const ACTIONS = [
  { what: 'Confirm the church hall on Madison as an overnight cooling and gathering center', owner: 'María Guadalupe Hernández-Castillo', due: '2026-11-30' },
  { what: 'Share the outreach team’s night schedule with the district’s community policing office', owner: 'Department of Family and Support Services (sample)', due: '2026-12-15' },
]

export const NOTES: [kind: string, text: string][] = [
  ['Decision', 'The violence interrupters go to the corner of Madison and Homan first, before the vigil begins, and the chaplains follow with the families.'],
  ['Area for improvement', 'Nobody at the table knew who opens the fieldhouse after hours; the park district’s night contact must be on the sheet before the next exercise.'],
]

/** Signs someone in from the console's sign-in sheet, with a role and a contact kept with consent. */
async function signInWithContact(page: Page, person: (typeof PEOPLE)[number]): Promise<void> {
  const form = (await sidePanel(page, 'Sign-in')).getByRole('form', { name: 'Sign someone in' })
  await form.getByLabel('Name').fill(person.name)
  await form.getByLabel('Organization', { exact: true }).selectOption({ label: person.organization })
  await form.getByLabel('Role').selectOption({ label: person.role })
  if (person.contact) {
    await form.getByLabel('Contact (optional)').fill(person.contact)
    await form.getByLabel('They agree we keep this contact').check()
  }
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('row').filter({ hasText: person.name })).toBeVisible()
}

/** A running session with everything long a real one has: people, action items, notes and a resource on the map. */
export async function busySession(page: Page): Promise<void> {
  await startSession(page, PARK_SHOOTING, { variables: { 'The park near the scene': LONG_PARK, 'The nearest corner': 'Madison and Homan' } })
  for (const person of PEOPLE) await signInWithContact(page, person)
  const actions = await sidePanel(page, 'Actions')
  const form = actions.locator('form.action-form')
  for (const item of ACTIONS) {
    await form.getByLabel('What', { exact: true }).fill(item.what)
    await form.getByLabel('Owner', { exact: true }).fill(item.owner)
    await form.getByLabel('Due', { exact: true }).fill(item.due)
    await form.getByRole('button', { name: 'Add item' }).click()
    await expect(actions.getByRole('rowheader', { name: new RegExp(`^${item.what}`) })).toBeVisible()
  }
  await actions.getByLabel(`Status of ${ACTIONS[0]!.what}`).selectOption({ label: 'In progress' })
  const capture = page.getByRole('form', { name: 'Capture' })
  for (const [kind, text] of NOTES) {
    await capture.getByLabel('Kind').selectOption({ label: kind })
    await capture.getByLabel('What the room said').fill(text)
    await capture.getByLabel('What the room said').press('Enter')
  }
  // On the map, it is a choice of the link form too.
  await addResourceFromPanel(page, 'fieldhouse', 'Extended evening hours at Garfield Park fieldhouse')
}

export async function switchTo(page: Page, language: Language): Promise<void> {
  if (language === 'en') return
  await page.getByRole('group', { name: 'Language of the app' }).getByRole('button', { name: 'Español' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
}

