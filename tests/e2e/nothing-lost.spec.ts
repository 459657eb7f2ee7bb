// Not one typed word lost: what is typed into the console is kept as it is typed, through a
// crash of the app (SIGKILL) and a restart on the same data folder, and Undo still reaches back.
import { expect, startServe, test } from './fixtures'
import { PARK_SHOOTING, sidePanel, startSession } from './session-steps'

test('words typed and not yet added survive kill -9 and a restart, and Undo reaches back after it', async ({ app, page, serve, dataDir }) => {
  await startSession(app, PARK_SHOOTING, { variables: { 'The nearest corner': 'Madison and Homan' } })
  const console_ = page.getByRole('region', { name: 'Console' })
  const capture = console_.getByLabel('What the room said')
  await capture.fill('Added note')
  await capture.press('Enter')
  const evaluation = await sidePanel(page, 'Evaluation')
  await evaluation.getByRole('radio', { name: /^S — some challenges/ }).first().check()

  // Typed, never added: a person's name at the sign-in, an action item and the capture box; and
  // a rating's reason, never left.
  await (await sidePanel(page, 'Sign-in')).getByLabel('Name').pressSequentially('Late arrival from CAPS')
  const actions = await sidePanel(page, 'Actions')
  await actions.getByLabel('What', { exact: true }).pressSequentially('Call the family tonight')
  await capture.pressSequentially('Dana says the hospital team')
  await sidePanel(page, 'Evaluation')
  const reason = evaluation.getByLabel(/^Why \(objective 1\)/)
  await reason.pressSequentially('Handoff to the hospital took 40 minutes')
  await expect(console_.getByText('All changes saved')).toBeVisible()
  await expect(reason).toBeFocused()

  const place = new URL(page.url()).hash
  await serve.stop('SIGKILL')
  // A new launch: a new address and secret, the same data folder.
  const again = await startServe(dataDir)
  try {
    await page.goto(again.url + place)
    const after = page.getByRole('region', { name: 'Console' })
    await expect(after.getByLabel('What the room said')).toHaveValue('Dana says the hospital team')
    await expect((await sidePanel(page, 'Actions')).getByLabel('What', { exact: true })).toHaveValue('Call the family tonight')
    await expect((await sidePanel(page, 'Sign-in')).getByLabel('Name')).toHaveValue('Late arrival from CAPS')
    const rated = await sidePanel(page, 'Evaluation')
    await expect(rated.getByLabel(/^Why \(objective 1\)/)).toHaveValue('Handoff to the hospital took 40 minutes')

    // Undo was rebuilt from the journal: the reason typed (one step), then the rating, then the note.
    await expect(after.getByRole('button', { name: /^Undo explain the rating of/ })).toBeEnabled()
    await after.getByRole('button', { name: /^Undo explain the rating of/ }).click()
    await expect(rated.getByLabel(/^Why \(objective 1\)/)).toHaveValue('')
    await after.getByRole('button', { name: /^Undo rate/ }).click()
    await expect(rated.getByRole('radio', { name: /^S — some challenges/ }).first()).not.toBeChecked()
    const notes = await sidePanel(page, 'Notes')
    await expect(notes.getByRole('list', { name: 'Captured in this module' }).getByRole('listitem')).toHaveCount(1)
    await after.getByRole('button', { name: /^Undo add note/ }).click()
    await expect(notes.getByRole('list', { name: 'Captured in this module' })).toHaveCount(0)
    await expect(after.getByRole('button', { name: /^Redo add note/ })).toBeEnabled()
  } finally {
    await again.stop()
  }
})
