import { test, expect } from './fixtures'
import { expectNoAxeViolations } from './axe'
import { PARK_SHOOTING, PARK_VARIABLES, sidePanel, startSession, startWithNote } from './session-steps'

/** Two people signed in for two organizations, so "@" has a choice to make. */
const TWO_ORGANIZATIONS: [string, string][] = [
  ['Dana Reyes', 'West Side Peace Walkers (sample)'],
  ['Sam Ortiz', 'Department of Transportation (sample)'],
]

test('runs a module: reveals injects, captures notes and action items, rates an objective, undoes and redoes, and keeps it all after a reload', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES })
  const console_ = page.getByRole('region', { name: 'Console' })
  await expect(console_.getByRole('heading', { name: 'Module 1: Saturday night, the first six hours' })).toBeVisible()
  await console_.getByRole('button', { name: 'Reveal next inject: Shots fired at Madison and Homan' }).click()
  await expect(console_.getByText('Two people shot near the Garfield Park entrance.')).toBeVisible()
  await expect(console_.getByText('Injects (1 of 3 revealed)')).toBeVisible()

  const capture = console_.getByLabel('What the room said')
  await capture.fill('Outreach worker Dana gets the call at 10:46 pm')
  await capture.press('Enter')
  await console_.getByLabel('Kind').selectOption({ label: 'Decision' })
  await capture.fill('Hospital program meets the family in the ER')
  await capture.press('Enter')
  const entries = (await sidePanel(page, 'Notes')).getByRole('list', { name: 'Captured in this module' })
  await expect(entries.getByRole('listitem')).toHaveCount(2)
  await expect(entries.getByRole('listitem').first()).toContainText('Decision')

  const actions = await sidePanel(page, 'Actions')
  await actions.getByLabel('What', { exact: true }).fill('Escalate the street light request')
  await actions.getByLabel('Owner').fill('Department of Transportation (sample)')
  await actions.getByLabel('Due').fill('2026-12-09')
  await actions.getByLabel('Priority').selectOption('high')
  await actions.getByRole('button', { name: 'Add item' }).click()
  await expect(actions.getByRole('row').filter({ hasText: 'Escalate the street light request' })).toContainText('Dec 9, 2026')

  const evaluation = await sidePanel(page, 'Evaluation')
  await evaluation.getByRole('radio', { name: /^S — some challenges/ }).first().check()

  // Undo takes back the rating, then the action item; Redo puts the action item back.
  await expect(console_.getByRole('button', { name: /^Undo rate “.+” S$/ })).toBeEnabled()
  await console_.getByRole('button', { name: /^Undo / }).click()
  await expect(evaluation.getByRole('radio', { name: /^S — some challenges/ }).first()).not.toBeChecked()
  await console_.getByRole('button', { name: /^Undo / }).click()
  await sidePanel(page, 'Actions')
  await expect(actions.getByRole('row').filter({ hasText: 'Escalate the street light request' })).toHaveCount(0)
  await console_.getByRole('button', { name: /^Redo add action item/ }).click()
  await expect(actions.getByRole('row').filter({ hasText: 'Escalate the street light request' })).toHaveCount(1)
  await expect(console_.getByText('All changes saved')).toBeVisible()

  await page.reload()
  const after = page.getByRole('region', { name: 'Console' })
  await expect(after.getByText('Two people shot near the Garfield Park entrance.')).toBeVisible()
  await expect((await sidePanel(page, 'Notes')).getByRole('list', { name: 'Captured in this module' }).getByRole('listitem')).toHaveCount(2)
  await expect((await sidePanel(page, 'Actions')).getByRole('row').filter({ hasText: 'Escalate the street light request' })).toHaveCount(1)
  await expect((await sidePanel(page, 'Evaluation')).getByRole('radio', { name: /^S — some challenges/ }).first()).not.toBeChecked()

  await after.getByRole('button', { name: 'Next module' }).click()
  await expect(after.getByRole('heading', { name: 'Module 2: Sunday, the vigil' })).toBeVisible()
})

test('after a save fails, the console shows what is saved and Undo cannot replay the change that never was', async ({ app, page }) => {
  const { console_, capture } = await startWithNote(app, 'Saved note')
  await expect(console_.getByText('All changes saved')).toBeVisible()

  // The next save is refused by the services (as a stale revision or a full disk would be).
  await page.route('**/api/sessions.applyChange', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'CONFLICT', reason: 'error.session.conflict', message: 'The session changed in another window.' } }) }),
  )
  await capture.fill('Note that is never saved')
  await capture.press('Enter')
  await expect(console_.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible()
  await page.unroute('**/api/sessions.applyChange')

  const entries = (await sidePanel(page, 'Notes')).getByRole('list', { name: 'Captured in this module' })
  await expect(entries.getByRole('listitem')).toHaveCount(1)
  await expect(entries).toContainText('Saved note')
  // The history was of a document that no longer is: Undo has nothing to replay.
  await expect(console_.getByRole('button', { name: /^Undo/ })).toBeDisabled()
  await expect(console_.getByRole('button', { name: /^Redo/ })).toBeDisabled()
})

test('a captured note can be corrected and deleted, and Undo takes either back', async ({ app, page }) => {
  const { console_ } = await startWithNote(app, 'Outreach on scene at 10:05')
  const notes = await sidePanel(page, 'Notes')
  const entries = notes.getByRole('list', { name: 'Captured in this module' })

  await entries.getByRole('button', { name: 'Edit this note' }).click()
  const field = entries.getByLabel('Text of the note')
  await expect(field).toBeFocused()
  await field.fill('Outreach on scene at 10:50')
  await field.press('Enter')
  await expect(entries.getByRole('listitem')).toHaveText(/Outreach on scene at 10:50/)
  await console_.getByRole('button', { name: /^Undo edit note$/ }).click()
  await expect(entries.getByRole('listitem')).toHaveText(/Outreach on scene at 10:05/)
  await console_.getByRole('button', { name: /^Redo edit note$/ }).click()

  await entries.getByRole('button', { name: 'Delete “Outreach on scene at 10:50”' }).click()
  await expect(notes.getByText('Nothing captured in this module yet.')).toBeVisible()
  await console_.getByRole('button', { name: /^Undo delete note “Outreach on scene at 10:50”$/ }).click()
  await expect(entries.getByRole('listitem')).toHaveText(/Outreach on scene at 10:50/)
  await expect(console_.getByText('All changes saved')).toBeVisible()
  await page.reload()
  await expect((await sidePanel(page, 'Notes')).getByRole('list', { name: 'Captured in this module' }).getByRole('listitem')).toHaveText(/Outreach on scene at 10:50/)
})

test('a note names who said it, picked from the keyboard with "@", and keeps it after a reload', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: TWO_ORGANIZATIONS })
  const console_ = page.getByRole('region', { name: 'Console' })
  const capture = console_.getByLabel('What the room said')
  await capture.pressSequentially('We walk Madison tonight @wes')
  const choices = console_.getByRole('listbox', { name: 'Who said it' })
  await expect(choices.getByRole('option')).toHaveText(['West Side Peace Walkers (sample)'])
  await capture.press('Enter')
  await expect(choices).toHaveCount(0)
  await expect(capture).toHaveValue('We walk Madison tonight')
  await expect(console_.getByText('Said by West Side Peace Walkers (sample)')).toBeVisible()
  await capture.press('Enter')
  await expect(capture).toHaveValue('')
  // Escape leaves an "@" as typed.
  await capture.pressSequentially('Email @dep')
  await capture.press('Escape')
  await expect(choices).toHaveCount(0)

  const notes = await sidePanel(page, 'Notes')
  const entry = notes.getByRole('listitem').filter({ hasText: 'We walk Madison tonight' })
  await expect(entry).toContainText('— West Side Peace Walkers (sample)')
  await page.reload()
  const after = await sidePanel(page, 'Notes')
  await expect(after.getByRole('listitem').filter({ hasText: 'We walk Madison tonight' })).toContainText('— West Side Peace Walkers (sample)')
})

test('an action item names the organization that owns it with "@" from the keyboard, keeps it after a reload, and can change it or take it back', async ({ app, page }) => {
  await startSession(app, PARK_SHOOTING, { variables: PARK_VARIABLES, people: TWO_ORGANIZATIONS })
  const console_ = page.getByRole('region', { name: 'Console' })
  const actions = await sidePanel(page, 'Actions')
  const what = actions.getByLabel('What', { exact: true })
  await what.pressSequentially('Fix the light on Madison @dep')
  const choices = actions.getByRole('listbox', { name: 'Organization that owns it' })
  await expect(choices.getByRole('option')).toHaveText(['Department of Transportation (sample)'])
  await what.press('Enter')
  await expect(choices).toHaveCount(0)
  await expect(what).toHaveValue('Fix the light on Madison')
  await expect(actions.getByText('Owned by Department of Transportation (sample)')).toBeVisible()
  // Nobody else was named: the organization is the owner.
  await expect(actions.getByLabel('Owner')).toHaveValue('Department of Transportation (sample)')
  await what.press('Enter')
  await expect(what).toHaveValue('')
  await expect(actions.getByText('Owned by Department of Transportation (sample)')).toHaveCount(0)

  const row = actions.getByRole('row').filter({ hasText: 'Fix the light on Madison' })
  await expect(row.getByRole('rowheader')).toHaveText('Fix the light on Madison — Department of Transportation (sample)')
  const organization = row.getByLabel('Organization that owns Fix the light on Madison')
  await expect(organization.locator('option:checked')).toHaveText('Department of Transportation (sample)')
  // With the choices open beside the table, nothing serious for assistive technology; Escape keeps the "@".
  await what.pressSequentially('Walk the route @')
  await expect(choices.getByRole('option')).toHaveCount(2)
  await expectNoAxeViolations(page, 'actions with the owner choices open', { include: '[role="tabpanel"]' })
  await what.press('Escape')
  await expect(choices).toHaveCount(0)
  await expect(what).toHaveValue('Walk the route @')
  // Another organization takes it over, and the owner with it.
  await organization.selectOption({ label: 'West Side Peace Walkers (sample)' })
  await expect(console_.getByRole('button', { name: 'Undo name West Side Peace Walkers (sample) as owner of “Fix the light on Madison”' })).toBeVisible()
  await expect(console_.getByText('All changes saved')).toBeVisible()

  await page.reload()
  const after = (await sidePanel(page, 'Actions')).getByRole('row').filter({ hasText: 'Fix the light on Madison' })
  const kept = after.getByLabel('Organization that owns Fix the light on Madison')
  await expect(kept.locator('option:checked')).toHaveText('West Side Peace Walkers (sample)')
  await expect(after.getByRole('rowheader')).toHaveText('Fix the light on Madison — West Side Peace Walkers (sample)')
  // The owner followed the organization: it is shown once, as the organization.
  await expect(after.locator('.action-owner')).toHaveCount(0)
  // Taken back: the owner stays as named, without an organization.
  await kept.selectOption({ label: 'No organization' })
  await expect(kept.locator('option:checked')).toHaveText('No organization')
  await expect(after.locator('.action-owner')).toHaveText('West Side Peace Walkers (sample)')
  await expect(after.getByRole('rowheader')).toHaveText('Fix the light on Madison')
})
